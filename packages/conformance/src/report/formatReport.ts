import type { ConformanceReport, ScenarioResult } from '../runner/ScenarioResult';
import { formatFailure } from './formatFailure';

const marks = { passed: '✓', failed: '✗', skipped: '–' } as const;

/** One line of the report for a scenario: `✓ area  title`, with the skip reason for a skipped one. */
export function formatResultLine(result: ScenarioResult): string {
  const suffix = result.status === 'skipped' ? ` (skipped: ${result.reason ?? 'no reason'})` : '';
  return `${marks[result.status]} ${result.area.padEnd(13)} ${result.title}${suffix}`;
}

/** The failures section: each failed scenario's title and id, its request, expected and actual. */
export function formatFailures(report: ConformanceReport): string {
  const failures = report.results.filter((result) => result.status === 'failed');
  if (failures.length === 0) return '';
  const blocks = failures.map((result) => `✗ ${result.title} [${result.id}]\n${formatFailure(result, '  ')}`);
  return `Failures:\n\n${blocks.join('\n\n')}`;
}

/** The totals line: `N passed, N failed, N skipped`. */
export function formatTotals(report: ConformanceReport): string {
  return `${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`;
}

/**
 * A readable report of a run: one line per scenario (✓ passed, ✗ failed, – skipped), then each failure
 * with its title, the request that failed and expected against actual, then the totals.
 */
export function formatReport(report: ConformanceReport): string {
  const failures = formatFailures(report);
  return [
    ...report.results.map(formatResultLine),
    ...(failures === '' ? [] : ['', failures]),
    '',
    formatTotals(report),
  ].join('\n');
}
