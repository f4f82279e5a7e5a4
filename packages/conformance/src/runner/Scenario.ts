import type { Capabilities } from '@parley/contract';
import type { ScenarioContext } from './ScenarioContext';

/**
 * The areas of the contract, in the order the suite runs them. `client` runs the contract through
 * `@parley/core` calls; it comes before `tickets`, whose last scenario trips the ticket-lookup rate limit
 * that the client's lookups would otherwise run into.
 */
export const conformanceAreas = [
  'meta',
  'config',
  'session',
  'conversations',
  'messages',
  'idempotency',
  'pagination',
  'attachments',
  'realtime',
  'client',
  'tickets',
  'knowledgeBase',
  'errors',
  'cors',
  'agent',
] as const;

/** One area of the contract, such as `tickets`; `--only` selects scenarios by area. */
export type ConformanceArea = (typeof conformanceAreas)[number];

/**
 * What a scenario needs before it can run; without it the scenario is skipped, with the reason:
 * - a capability name (`tickets`, `realtime`...): the widget config must report it `true`;
 * - `agent`: the agent token (`--agent-token`), for scenarios where the team acts;
 * - `identitySecret`: the widget's identity secret (`--identity-secret`), to sign verified identities;
 * - `origins`: an allowed and a disallowed origin for the widget (`--allowed-origin`, `--disallowed-origin`).
 */
export type Requirement = keyof Capabilities | 'agent' | 'identitySecret' | 'origins';

/**
 * One check of the contract, written against HTTP only, so it runs against any backend. (The `client`
 * scenarios are written against `@parley/core` instead, through `ctx.client()`.)
 *
 * @example
 * ```ts
 * const scenario: Scenario = {
 *   id: 'meta.health',
 *   area: 'meta',
 *   title: 'GET /v1/health answers { status: "ok" }',
 *   covers: ['GET /v1/health'],
 *   async run(ctx) {
 *     const response = await ctx.request('GET', '/v1/health');
 *     ctx.expectStatus(response, 200);
 *   },
 * };
 * ```
 */
export interface Scenario {
  /** Stable id, `<area>.<name>`, for example `tickets.lookupIdenticalNotFound`. */
  id: string;
  area: ConformanceArea;
  /** What the scenario proves, as a sentence a backend developer understands. */
  title: string;
  /** What must be available; see {@link Requirement}. */
  requires?: Requirement | readonly Requirement[];
  /**
   * The contract operations the scenario calls, as `METHOD /v1/path` with `{}` for path parameters, for
   * example `GET /v1/conversations/{}`. A test checks that every operation is covered by some scenario.
   * Empty for the `client` scenarios, which call the client rather than operations.
   */
  covers: readonly string[];
  /**
   * Longest time the whole scenario may take.
   * @default the run's `timeoutMs` (10 seconds)
   */
  timeoutMs?: number;
  run(ctx: ScenarioContext): Promise<void>;
}
