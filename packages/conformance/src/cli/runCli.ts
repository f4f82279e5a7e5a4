import { formatFailures, formatResultLine, formatTotals } from '../report/formatReport';
import { runConformance } from '../runner/runConformance';
import type { ScenarioResult } from '../runner/ScenarioResult';
import { selectScenarios } from '../runner/selectScenarios';
import { scenarios } from '../scenarios/scenarios';
import { CLI_USAGE, CliUsageError, parseCliArgs } from './parseCliArgs';

/** Where the CLI writes, and the fetch it uses (injected by tests). @internal */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  fetch?: typeof globalThis.fetch;
}

/**
 * Runs `parley-conformance` with its arguments and returns the exit code: 0 when nothing failed, 1 when
 * a scenario failed, 2 on bad usage.
 * @internal
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let settings: ReturnType<typeof parseCliArgs>;
  try {
    settings = parseCliArgs(args);
    selectScenarios(scenarios, settings.only);
  } catch (error) {
    if (!(error instanceof CliUsageError || error instanceof TypeError)) throw error;
    io.err(`parley-conformance: ${error.message}\n\n${CLI_USAGE}\n`);
    return 2;
  }
  if (settings.help) {
    io.out(`${CLI_USAGE}\n`);
    return 0;
  }
  const options = {
    baseUrl: settings.baseUrl,
    widgetKey: settings.widgetKey,
    ...(settings.agentToken === undefined ? {} : { agentToken: settings.agentToken }),
    ...(settings.identitySecret === undefined ? {} : { identitySecret: settings.identitySecret }),
    ...(settings.allowedOrigin === undefined ? {} : { allowedOrigin: settings.allowedOrigin }),
    ...(settings.disallowedOrigin === undefined ? {} : { disallowedOrigin: settings.disallowedOrigin }),
    ...(settings.only === undefined ? {} : { only: settings.only }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(io.fetch === undefined ? {} : { fetch: io.fetch }),
  };
  if (!settings.json) io.out(`Parley conformance: ${settings.baseUrl} (widget ${settings.widgetKey})\n\n`);
  const report = await runConformance({
    ...options,
    ...(settings.json
      ? {}
      : { onResult: (result: ScenarioResult) => io.out(`${formatResultLine(result)}\n`) }),
  });
  if (settings.json) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const failures = formatFailures(report);
    io.out(`${failures === '' ? '' : `\n${failures}\n`}\n${formatTotals(report)}\n`);
  }
  return report.failed > 0 ? 1 : 0;
}
