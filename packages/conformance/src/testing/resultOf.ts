import type { ConformanceReport, ScenarioResult } from '../runner/ScenarioResult';

/** The result of one scenario in a report; throws when the report has none. @internal */
export function resultOf(report: ConformanceReport, id: string): ScenarioResult {
  const found = report.results.find((item) => item.id === id);
  if (found === undefined) throw new Error(`No result for ${id}`);
  return found;
}
