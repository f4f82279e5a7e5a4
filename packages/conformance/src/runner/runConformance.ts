import { scenarios as allScenarios } from '../scenarios/scenarios';
import type { ConformanceOptions } from './ConformanceOptions';
import { prepareRun } from './prepareRun';
import { runScenario } from './runScenario';
import type { ConformanceReport, ScenarioResult } from './ScenarioResult';
import { selectScenarios } from './selectScenarios';

/**
 * Runs the contract's conformance suite against a backend, one scenario after the other, and returns
 * every result with the totals. Scenarios whose capability the widget reports `false`, or that need an
 * option that was not given (the agent token, the identity secret), are skipped with the reason, and so
 * are those `skip` names, with its reason.
 *
 * @throws TypeError when `only` names no known area or scenario, or `skip` no known scenario.
 * @example
 * ```ts
 * const report = await runConformance({ baseUrl: 'http://127.0.0.1:8787', widgetKey: 'wk_demo' });
 * console.log(formatReport(report));
 * ```
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const selected = selectScenarios(options.scenarios ?? allScenarios, options.only, options.skip);
  const run = await prepareRun(
    options,
    selected.some((scenario) => scenario.area !== 'client'),
  );
  const results: ScenarioResult[] = [];
  for (const scenario of selected) {
    const result = await runScenario(run, scenario);
    results.push(result);
    options.onResult?.(result);
  }
  return {
    results,
    passed: results.filter((result) => result.status === 'passed').length,
    failed: results.filter((result) => result.status === 'failed').length,
    skipped: results.filter((result) => result.status === 'skipped').length,
  };
}
