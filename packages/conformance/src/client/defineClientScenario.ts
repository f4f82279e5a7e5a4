import { createMemoryStorage, isParleyError } from '@parley/core';
import { ConformanceFailure } from '../runner/ConformanceFailure';
import type { Scenario } from '../runner/Scenario';
import type { ScenarioContext } from '../runner/ScenarioContext';
import type { ClientScenario } from './ClientScenario';
import type { ClientScenarioContext } from './ClientScenarioContext';
import { describeValue } from './describeValue';
import { watchStore } from './watchStore';

/** How long a client scenario waits for a store by default (bounded by the scenario's own limit too). */
const DEFAULT_WAIT_MS = 5000;

function describeError(error: unknown): string {
  if (!isParleyError(error)) return describeValue(error);
  const status = error.status === undefined ? '' : ` (status ${error.status})`;
  const problem = error.problemCode === undefined ? '' : ` [${error.problemCode}]`;
  return `ParleyError ${error.code}${problem}${status}: ${error.message}`;
}

/** The client scenario's view of the scenario context: no HTTP, only clients and the team's side. */
function toClientContext(ctx: ScenarioContext): ClientScenarioContext {
  return {
    target: ctx.target,
    config: ctx.config,
    signal: ctx.signal,
    team: ctx.team,
    client: (options) => ctx.client(options),
    storage: () => createMemoryStorage(),
    watch: (store) => watchStore(store, ctx.signal, DEFAULT_WAIT_MS),
    async expectError(action, code, what) {
      try {
        await action;
      } catch (error) {
        if (isParleyError(error) && error.code === code) return error;
        return ctx.fail(`${what} failed, but not with ${code}.`, {
          expected: `ParleyError ${code}`,
          actual: describeError(error),
        });
      }
      return ctx.fail(`${what} succeeded; it must fail with ${code}.`, {
        expected: `ParleyError ${code}`,
        actual: 'it resolved',
      });
    },
    expectSchema: (schema, value, what) => ctx.expectSchema(schema, value, what),
    check: (condition, message, details) => ctx.check(condition, message, details),
    fail: (message, details) => ctx.fail(message, details),
    skip: (reason) => ctx.skip(reason),
    unique: (prefix) => ctx.unique(prefix),
    sleep: (ms) => ctx.sleep(ms),
  };
}

/**
 * Turns a {@link ClientScenario} into a {@link Scenario} of the `client` area. A client call that rejects
 * unexpectedly fails the scenario with the error's code, status and message.
 *
 * @example
 * ```ts
 * const scenario = defineClientScenario({
 *   id: 'client.config',
 *   title: 'The client loads the widget config',
 *   uses: ['config'],
 *   async run(ctx) {
 *     const config = await ctx.client().config();
 *     ctx.check(typeof config.capabilities.tickets === 'boolean', 'capabilities.tickets is not a boolean.');
 *   },
 * });
 * ```
 */
export function defineClientScenario(scenario: ClientScenario): Scenario {
  return {
    id: scenario.id,
    area: 'client',
    title: scenario.title,
    covers: [],
    ...(scenario.requires === undefined ? {} : { requires: scenario.requires }),
    ...(scenario.timeoutMs === undefined ? {} : { timeoutMs: scenario.timeoutMs }),
    async run(ctx) {
      try {
        await scenario.run(toClientContext(ctx));
      } catch (error) {
        if (!isParleyError(error) || ctx.signal.aborted) throw error;
        throw new ConformanceFailure(`A client call failed: ${error.message}`, {
          actual: describeError(error),
        });
      }
    },
  };
}
