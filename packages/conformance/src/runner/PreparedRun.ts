import type { WidgetConfig } from '@parley/contract';
import type { ScenarioTarget } from './ScenarioContext';

/** What every scenario of a run shares, made once by {@link prepareRun}. */
export interface PreparedRun {
  target: ScenarioTarget;
  agentToken: string | undefined;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  /** The widget configuration, or `undefined` when `GET /v1/widget/config` did not answer with one. */
  config: WidgetConfig | undefined;
  /** Why the configuration could not be read, for the report. */
  configProblem: string | undefined;
  /** Makes strings unique to this run. */
  unique(prefix?: string): string;
}
