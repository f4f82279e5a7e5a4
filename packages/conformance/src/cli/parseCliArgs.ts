/** The settings of one `parley-conformance` run, from its arguments. @internal */
export interface CliSettings {
  help: boolean;
  baseUrl: string;
  widgetKey: string;
  agentToken: string | undefined;
  identitySecret: string | undefined;
  allowedOrigin: string | undefined;
  disallowedOrigin: string | undefined;
  only: string[] | undefined;
  json: boolean;
  timeoutMs: number | undefined;
}

/** A mistake in the command line; the CLI prints it with the usage and exits with 2. @internal */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** The help text of `parley-conformance`. @internal */
export const CLI_USAGE = `Usage: parley-conformance <baseUrl> --widget-key <key> [options]

Runs the Parley contract's conformance suite against a backend and prints a report.

Options:
  --widget-key <key>          public key of a widget of that backend (required)
  --agent-token <token>       agent API token: also run the scenarios where the team acts
  --identity-secret <secret>  the widget's identity secret: also check verified identities
  --allowed-origin <origin>   an origin the widget allows (with --disallowed-origin: CORS checks)
  --disallowed-origin <origin>
                              an origin the widget does not allow
  --only <area,...>           run only these areas or scenario ids, e.g. --only tickets,config.etag
  --timeout <ms>              time limit of one scenario (default 10000)
  --json                      print the report as JSON
  -h, --help                  show this help

Exit code: 0 when every scenario passed or was skipped, 1 when one failed, 2 on bad usage.

Example:
  parley-conformance http://127.0.0.1:8787 --widget-key wk_demo --agent-token dev-agent-token`;

const VALUE_OPTIONS = new Set([
  '--widget-key',
  '--agent-token',
  '--identity-secret',
  '--allowed-origin',
  '--disallowed-origin',
  '--only',
  '--timeout',
]);

function origin(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliUsageError(`${option} must be an origin such as https://shop.example, not "${value}".`);
  }
  return url.origin;
}

/**
 * Reads the command line of `parley-conformance` (without `node` and the script).
 * @throws CliUsageError on an unknown option, a missing value, a bad URL or a missing `--widget-key`.
 */
export function parseCliArgs(args: readonly string[]): CliSettings {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let json = false;
  let help = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (name === '-h' || name === '--help') help = true;
    else if (name === '--json') json = true;
    else if (name !== undefined && VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[index + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new CliUsageError(`${name} needs a value.`);
      }
      if (inline === undefined) index += 1;
      values.set(name, value);
    } else if (arg.startsWith('-')) {
      throw new CliUsageError(`Unknown option ${arg}.`);
    } else {
      positional.push(arg);
    }
  }
  const empty: CliSettings = {
    help: true,
    baseUrl: '',
    widgetKey: '',
    agentToken: undefined,
    identitySecret: undefined,
    allowedOrigin: undefined,
    disallowedOrigin: undefined,
    only: undefined,
    json,
    timeoutMs: undefined,
  };
  if (help) return empty;
  if (positional.length !== 1) {
    throw new CliUsageError(
      positional.length === 0
        ? 'Give the base URL of the backend.'
        : `Give one base URL, not ${positional.join(' ')}.`,
    );
  }
  const baseUrl = positional[0] ?? '';
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new CliUsageError(`"${baseUrl}" is not a URL; give one such as http://127.0.0.1:8787.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CliUsageError(`The base URL must be http or https, not ${parsed.protocol}`);
  }
  const widgetKey = values.get('--widget-key');
  if (widgetKey === undefined || widgetKey === '') throw new CliUsageError('--widget-key is required.');
  const allowed = values.get('--allowed-origin');
  const disallowed = values.get('--disallowed-origin');
  if ((allowed === undefined) !== (disallowed === undefined)) {
    throw new CliUsageError('Give --allowed-origin and --disallowed-origin together.');
  }
  const timeout = values.get('--timeout');
  if (timeout !== undefined && !/^[1-9]\d*$/.test(timeout)) {
    throw new CliUsageError(`--timeout must be a whole number of milliseconds, not "${timeout}".`);
  }
  const only = values
    .get('--only')
    ?.split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return {
    help: false,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    widgetKey,
    agentToken: values.get('--agent-token'),
    identitySecret: values.get('--identity-secret'),
    allowedOrigin: allowed === undefined ? undefined : origin('--allowed-origin', allowed),
    disallowedOrigin: disallowed === undefined ? undefined : origin('--disallowed-origin', disallowed),
    only: only === undefined || only.length === 0 ? undefined : only,
    json,
    timeoutMs: timeout === undefined ? undefined : Number(timeout),
  };
}
