import { afterAll, beforeAll, describe, it } from 'vitest';
import { formatFailure } from '../report/formatFailure';
import type { ConformanceOptions } from '../runner/ConformanceOptions';
import type { PreparedRun } from '../runner/PreparedRun';
import { prepareRun } from '../runner/prepareRun';
import { runScenario } from '../runner/runScenario';
import { selectScenarios } from '../runner/selectScenarios';
import { scenarios as allScenarios } from '../scenarios/scenarios';

/** A backend the suite starts itself, and stops after the last scenario. */
export interface StartedBackend {
  baseUrl: string;
  close(): Promise<void>;
}

/** Options shared by both ways of naming the backend. */
type SuiteOptions = Omit<ConformanceOptions, 'baseUrl' | 'onResult'> & {
  /**
   * The `describe` block's name.
   * @default 'Parley conformance'
   */
  name?: string;
};

/**
 * Options of {@link defineConformanceSuite}: a running backend's `baseUrl`, or a `start` function that
 * starts one (called once, before the first scenario).
 */
export type ConformanceSuiteOptions =
  | (SuiteOptions & { baseUrl: string; start?: never })
  | (SuiteOptions & { start: () => Promise<StartedBackend>; baseUrl?: never });

/**
 * Registers the conformance suite as Vitest tests: one `describe` with one `it` per scenario, named
 * `<area>: <title>`. A failed scenario fails its test with the request, expected and actual; a skipped
 * one is reported skipped with its reason (`ctx.skip(reason)`).
 *
 * @example
 * ```ts
 * // backend.conformance.test.ts
 * import { defineConformanceSuite } from '@parley/conformance/vitest';
 *
 * defineConformanceSuite({ baseUrl: 'http://127.0.0.1:8787', widgetKey: 'wk_demo', agentToken: 'dev' });
 * ```
 */
export function defineConformanceSuite(options: ConformanceSuiteOptions): void {
  const { name = 'Parley conformance', start, ...rest } = options;
  const selected = selectScenarios(rest.scenarios ?? allScenarios, rest.only, rest.skip);
  describe(name, () => {
    let backend: StartedBackend | undefined;
    let run: PreparedRun | undefined;

    beforeAll(async () => {
      backend = start === undefined ? undefined : await start();
      const baseUrl = backend?.baseUrl ?? options.baseUrl;
      if (baseUrl === undefined) throw new TypeError('Give defineConformanceSuite a baseUrl or start.');
      run = await prepareRun({ ...rest, baseUrl });
    }, 60_000);
    afterAll(async () => {
      await backend?.close();
    });

    for (const scenario of selected) {
      const timeout = (scenario.timeoutMs ?? rest.timeoutMs ?? 10_000) + 5_000;
      it(
        `${scenario.area}: ${scenario.title}`,
        async (test) => {
          if (run === undefined) throw new Error('The backend did not start.');
          const result = await runScenario(run, scenario);
          if (result.status === 'skipped') test.skip(result.reason ?? 'skipped');
          if (result.status === 'failed') {
            const error = new Error(`${formatFailure(result)}\n  scenario: ${scenario.id}`);
            error.stack = error.message;
            throw error;
          }
        },
        timeout,
      );
    }
  });
}
