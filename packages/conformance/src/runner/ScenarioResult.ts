import type { FailureDetails } from './ConformanceFailure';
import type { ConformanceArea } from './Scenario';

/** The outcome of one scenario. */
export interface ScenarioResult {
  id: string;
  title: string;
  area: ConformanceArea;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped. */
  reason?: string;
  /** What a failure found: the request, expected and actual. */
  failure?: FailureDetails;
  durationMs: number;
}

/** The outcome of a run: every result in order, and the totals. */
export interface ConformanceReport {
  results: ScenarioResult[];
  passed: number;
  failed: number;
  skipped: number;
}
