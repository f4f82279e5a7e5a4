import { WidgetConfig } from '@parley/contract';
import type { Backend } from '@parley/core';
import Value from 'typebox/value';
import type { ConformanceOptions } from './ConformanceOptions';
import type { PreparedRun } from './PreparedRun';

/** The default time limit of one scenario. */
export const DEFAULT_SCENARIO_TIMEOUT_MS = 10_000;

/**
 * The widget configuration read through a backend, as a client reads it; `undefined` when it fails or does
 * not match the contract (the `client.config` scenario then says why).
 */
async function readConfigThrough(
  makeBackend: () => Backend,
  widgetKey: string,
  timeoutMs: number,
): Promise<WidgetConfig | undefined> {
  try {
    const config: unknown = await makeBackend().getConfig(
      { widgetKey },
      { signal: AbortSignal.timeout(timeoutMs) },
    );
    return Value.Check(WidgetConfig, config) ? config : undefined;
  } catch {
    return undefined;
  }
}

/** The contract's `GET /v1/widget/config`, or what is wrong with its answer. */
async function readConfigOverHttp(
  fetchImpl: typeof fetch,
  baseUrl: string,
  widgetKey: string,
  timeoutMs: number,
): Promise<{ config?: WidgetConfig; configProblem?: string }> {
  try {
    const url = new URL(`${baseUrl}/v1/widget/config`);
    url.searchParams.set('widgetKey', widgetKey);
    const response = await fetchImpl(url.href, { signal: AbortSignal.timeout(timeoutMs) });
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status === 200 && Value.Check(WidgetConfig, body)) return { config: body };
    return {
      configProblem: `GET /v1/widget/config answered ${response.status} without a valid WidgetConfig`,
    };
  } catch (error) {
    return {
      configProblem: `GET /v1/widget/config failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Reads the widget configuration once (its `capabilities` decide which scenarios are skipped, its
 * `limits` feed some scenarios) and resolves the run's options. With a `backend`, the `client` scenarios
 * get the configuration read through it instead, and the contract's `GET /v1/widget/config` is read only
 * when `readHttpConfig` says a scenario of another area runs (the base URL of an adapter's run may serve
 * no contract at all).
 * A backend whose configuration cannot be read still gets every scenario run; the config scenarios then
 * say what is wrong.
 */
export async function prepareRun(options: ConformanceOptions, readHttpConfig = true): Promise<PreparedRun> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_SCENARIO_TIMEOUT_MS;
  const { config, configProblem } =
    readHttpConfig || options.backend === undefined
      ? await readConfigOverHttp(fetchImpl, baseUrl, options.widgetKey, timeoutMs)
      : {
          config: undefined,
          configProblem: 'GET /v1/widget/config was not read: no scenario of this run needs it',
        };
  const clientConfig =
    options.backend === undefined
      ? config
      : await readConfigThrough(options.backend, options.widgetKey, timeoutMs);
  const runId = Math.random().toString(36).slice(2, 8);
  let counter = 0;
  return {
    target: {
      baseUrl,
      widgetKey: options.widgetKey,
      identitySecret: options.identitySecret,
      allowedOrigin: options.allowedOrigin,
      disallowedOrigin: options.disallowedOrigin,
    },
    agentToken: options.agentToken,
    fetch: fetchImpl,
    timeoutMs,
    config,
    configProblem,
    backend: options.backend,
    clientConfig,
    team: options.team,
    skip: options.skip ?? {},
    unique(prefix = 'cf') {
      counter += 1;
      return `${prefix}_${runId}_${counter}`;
    },
  };
}
