import type { Backend } from '@parley/core';
import type { TeamSide } from '../client/TeamSide';
import type { Scenario } from './Scenario';
import type { ScenarioResult } from './ScenarioResult';

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** Where the backend lives, such as `http://127.0.0.1:8787` (the suite adds `/v1/...`). */
  baseUrl: string;
  /** Public key of a widget of that backend to test with. */
  widgetKey: string;
  /** Bearer token of the agent API; scenarios where the team acts are skipped without it. */
  agentToken?: string;
  /** The widget's identity secret; scenarios with verified identities are skipped without it. */
  identitySecret?: string;
  /** An origin the widget allows (`https://shop.example`); with `disallowedOrigin` enables the CORS checks. */
  allowedOrigin?: string;
  /** An origin the widget does not allow. */
  disallowedOrigin?: string;
  /**
   * The backend the clients of the `client` scenarios talk to, made afresh for each client (and once more
   * to read the widget config): for example an adapter for another helpdesk. The `client` scenarios are
   * then gated by the capabilities it reports, and send no HTTP of their own besides the team's side.
   * Other scenarios are not affected: they speak HTTP to `baseUrl`.
   * @default `createHttpBackend({ baseUrl, fetch })` of `@parley/core`: the contract over HTTP
   * @example
   * ```ts
   * await runConformance({ baseUrl, widgetKey, only: ['client'], backend: () => createMyAdapter(settings) });
   * ```
   */
  backend?: () => Backend;
  /**
   * The team's side of the `client` scenarios, played through the helpdesk behind `backend` (its agent API,
   * or a test double's methods) rather than the contract's agent API. With it, the `client` scenarios that
   * need the team (`requires: 'agent'`) run without `agentToken`; other scenarios still need the token.
   * @default the contract's agent API at `baseUrl`, with `agentToken`
   * @example
   * ```ts
   * await runConformance({
   *   baseUrl, widgetKey, only: ['client'], backend: () => createMyAdapter(settings),
   *   team: { reply: (conversationId, text) => myHelpdesk.replyAsAgent(conversationId, text) },
   * });
   * ```
   */
  team?: TeamSide;
  /**
   * The fetch to use, e.g. an in-process app's `fetch`.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /** Run only these areas or scenario ids (`tickets`, `config.etag`). */
  only?: readonly string[];
  /**
   * Scenarios to skip, by id, each with the reason the report shows: what the backend cannot do although its
   * capabilities are on, such as a helpdesk that keeps no `clientMessageId`. A skip is never a pass. A
   * scenario whose requirement is missing is skipped with that reason instead.
   * @throws TypeError from the run when an id names no scenario.
   * @example
   * ```ts
   * skip: { 'client.identifyHistory': "the helpdesk keeps a visitor's conversations apart from the user's" }
   * ```
   */
  skip?: Readonly<Record<string, string>>;
  /**
   * Longest time one scenario may take, in milliseconds.
   * @default 10000
   */
  timeoutMs?: number;
  /** Called after each scenario, for progress output. */
  onResult?: (result: ScenarioResult) => void;
  /**
   * The scenarios to run.
   * @default scenarios (the whole suite)
   */
  scenarios?: readonly Scenario[];
}
