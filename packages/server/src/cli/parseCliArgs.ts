import type { StaticRoute } from '../static/createStaticFiles';

/** What `parley-server` was asked to do. @internal */
export interface CliSettings {
  port: number;
  host: string;
  dataDir: string | undefined;
  staticRoutes: StaticRoute[];
  /** The agent API token; in demo mode a fixed, printed one when PARLEY_AGENT_TOKEN is unset. */
  agentToken: string | undefined;
  /** Base URL of the site for links in outbox emails. */
  publicUrl: string | undefined;
  /** Key of attachment download links; unset: a random one kept in the data folder. */
  attachmentLinkSecret: string | undefined;
  demo: boolean;
  help: boolean;
}

/** The agent token of `--demo` when PARLEY_AGENT_TOKEN is not set. Never use demo mode in production. @internal */
export const DEMO_AGENT_TOKEN = 'demo-agent-token';

/** A command line the CLI cannot run; the message says what to change. @internal */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** @internal */
export const CLI_USAGE = `Usage: parley-server [--static <urlPrefix>=<dir>]...

Starts the Parley reference server (API under /v1, SQLite, demo content).

Options:
  --static <urlPrefix>=<dir>  Serve a folder, e.g. --static /=examples/demo --static /cdn/=dist/cdn
  --demo                      Demo mode: the agent inbox at /agent works with a fixed token
                              (${'`'}demo-agent-token${'`'}) unless PARLEY_AGENT_TOKEN is set
  --help                      Show this text

Environment:
  PORT             Port to listen on (default 8787)
  HOST             Interface to listen on (default 127.0.0.1)
  PARLEY_DATA_DIR  Folder for the database and attachments (default .parley)
  PARLEY_AGENT_TOKEN  Bearer token of the agent API and inbox (the agent API is closed without it)
  PARLEY_PUBLIC_URL   Site URL used in the links of outbox emails (default: the request's origin)
  PARLEY_ATTACHMENT_LINK_SECRET  Key (32+ characters) that signs attachment download links
                      (default: a random key kept in the data folder)`;

function parseStatic(value: string | undefined): StaticRoute {
  const at = value?.indexOf('=') ?? -1;
  if (value === undefined || at <= 0 || at === value.length - 1) {
    throw new CliUsageError(
      `--static needs <urlPrefix>=<dir>, such as --static /cdn/=dist/cdn (got "${value ?? ''}").`,
    );
  }
  return { urlPrefix: value.slice(0, at), dir: value.slice(at + 1) };
}

/**
 * Reads the CLI's arguments and environment.
 * @throws CliUsageError for an unknown argument, a malformed `--static`, an invalid `PORT` or a
 *   `PARLEY_ATTACHMENT_LINK_SECRET` shorter than 32 characters.
 * @internal
 */
export function parseCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliSettings {
  const staticRoutes: StaticRoute[] = [];
  let help = false;
  let demo = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--demo') demo = true;
    else if (arg === '--static') staticRoutes.push(parseStatic(argv[++i]));
    else if (arg?.startsWith('--static=')) staticRoutes.push(parseStatic(arg.slice('--static='.length)));
    else throw new CliUsageError(`Unknown argument "${arg}". Run parley-server --help.`);
  }

  const rawPort = env.PORT?.trim() || '8787';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new CliUsageError(`PORT must be a number from 0 to 65535 (got "${rawPort}").`);
  }
  const attachmentLinkSecret = env.PARLEY_ATTACHMENT_LINK_SECRET?.trim() || undefined;
  if (attachmentLinkSecret !== undefined && attachmentLinkSecret.length < 32) {
    throw new CliUsageError('PARLEY_ATTACHMENT_LINK_SECRET must have at least 32 characters.');
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.PARLEY_DATA_DIR?.trim() || undefined,
    staticRoutes,
    agentToken: env.PARLEY_AGENT_TOKEN?.trim() || (demo ? DEMO_AGENT_TOKEN : undefined),
    publicUrl: env.PARLEY_PUBLIC_URL?.trim() || undefined,
    attachmentLinkSecret,
    demo,
    help,
  };
}
