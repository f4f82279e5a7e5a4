#!/usr/bin/env node
// The `parley-server` command. Settings come from the environment and --static arguments (see --help).
import { CLI_USAGE, CliUsageError, DEMO_AGENT_TOKEN, parseCliArgs } from './cli/parseCliArgs';
import { startServer } from './startServer';

async function main(): Promise<void> {
  let settings: ReturnType<typeof parseCliArgs>;
  try {
    settings = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`parley-server: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  if (settings.help) {
    console.log(CLI_USAGE);
    return;
  }

  const { port, host, dataDir, staticRoutes, agentToken, publicUrl, attachmentLinkSecret } = settings;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      port,
      host,
      staticRoutes,
      settings: { agentToken, publicUrl, attachmentLinkSecret },
      ...(dataDir === undefined ? {} : { dataDir }),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `parley-server: port ${port} is already in use on ${host}. Set PORT to a free port, e.g. PORT=8788.`,
      );
      process.exitCode = 1;
      return;
    }
    throw error;
  }

  console.log(
    `Parley server listening on ${server.url} (API: ${server.url}/v1, data: ${dataDir ?? '.parley'})`,
  );
  if (agentToken !== undefined) {
    const shown = settings.demo && agentToken === DEMO_AGENT_TOKEN ? ` (token: ${agentToken})` : '';
    console.log(`Agent inbox: ${server.url}/agent${shown}`);
  }
  const stop = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('parley-server: could not shut down cleanly', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('parley-server: could not start', error);
  process.exitCode = 1;
});
