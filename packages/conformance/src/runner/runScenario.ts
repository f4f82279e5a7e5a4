import { ConformanceFailure, ScenarioSkip } from './ConformanceFailure';
import { createScenarioContext } from './createScenarioContext';
import type { PreparedRun } from './PreparedRun';
import type { Scenario } from './Scenario';
import type { ScenarioResult } from './ScenarioResult';
import { skipReason } from './skipReason';

class ScenarioTimeout extends Error {}

/**
 * Runs one scenario within its time limit and returns its result; never throws. Skips it when a
 * requirement is missing; closes its event streams and aborts its requests when it ends.
 */
export async function runScenario(prepared: PreparedRun, scenario: Scenario): Promise<ScenarioResult> {
  // The client scenarios see the widget as their clients do (through the run's backend, when given).
  const run = scenario.area === 'client' ? { ...prepared, config: prepared.clientConfig } : prepared;
  const base = { id: scenario.id, title: scenario.title, area: scenario.area };
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const reason = skipReason(run, scenario);
  if (reason !== undefined) return { ...base, status: 'skipped', reason, durationMs: 0 };

  const timeoutMs = scenario.timeoutMs ?? run.timeoutMs;
  const controller = new AbortController();
  const handle = createScenarioContext(run, controller.signal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScenarioTimeout()), timeoutMs);
  });
  try {
    // A scenario still running after its timeout rejects later (its requests abort): the race has handled it.
    await Promise.race([scenario.run(handle.ctx), timeout]);
    return { ...base, status: 'passed', durationMs: elapsed() };
  } catch (error) {
    if (error instanceof ScenarioSkip) {
      return { ...base, status: 'skipped', reason: error.message, durationMs: elapsed() };
    }
    const request = handle.lastRequest();
    if (error instanceof ScenarioTimeout || controller.signal.aborted) {
      const message = `Timed out after ${timeoutMs} ms.`;
      return {
        ...base,
        status: 'failed',
        reason: message,
        failure: request === undefined ? { actual: 'no answer' } : { request, actual: 'no answer in time' },
        durationMs: elapsed(),
      };
    }
    if (error instanceof ConformanceFailure) {
      const failure =
        error.details.request === undefined && request !== undefined
          ? { request, ...error.details }
          : error.details;
      return { ...base, status: 'failed', reason: error.message, failure, durationMs: elapsed() };
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ...base,
      status: 'failed',
      reason: `The scenario crashed: ${message}`,
      failure: request === undefined ? {} : { request },
      durationMs: elapsed(),
    };
  } finally {
    clearTimeout(timer);
    controller.abort();
    handle.dispose();
  }
}
