import type { WidgetConfig } from '@parley/contract';
import type { Backend } from '@parley/core';
import type { TeamSide } from '../client/TeamSide';
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
  /** Makes the backend of each client of the `client` scenarios; `undefined`: the contract over HTTP at `baseUrl`. */
  backend: (() => Backend) | undefined;
  /**
   * The widget configuration as the clients see it: read through `backend` when one was given, otherwise
   * the same as `config`. It decides which `client` scenarios are skipped.
   */
  clientConfig: WidgetConfig | undefined;
  /** The team's side of the `client` scenarios; `undefined`: the contract's agent API with `agentToken`. */
  team: TeamSide | undefined;
  /** Scenarios to skip, by id, with the reason (the run's `skip` option). */
  skip: Readonly<Record<string, string>>;
  /** Makes strings unique to this run. */
  unique(prefix?: string): string;
}
