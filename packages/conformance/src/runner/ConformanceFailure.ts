import type { RequestLine } from '../http/HttpResult';

/** What a failed check found, for the report. */
export interface FailureDetails {
  /** The request the check was about, when there was one. */
  request?: RequestLine;
  /** What the contract asks for, e.g. `status 404, code ticket_not_found`. */
  expected?: string;
  /** What the backend did, e.g. `status 500, code internal`. */
  actual?: string;
  /** The first schema errors, as `/json/pointer: message`. */
  schemaErrors?: readonly string[];
}

/**
 * A broken rule of the contract, thrown by the checks of the scenario context. The runner turns it into a
 * failed result with its details; any other error fails the scenario with its message.
 */
export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
  readonly details: FailureDetails;

  constructor(message: string, details: FailureDetails = {}) {
    super(message);
    this.details = details;
  }
}

/** Thrown by `ctx.skip(reason)` to end a scenario as skipped. @internal */
export class ScenarioSkip extends Error {
  override readonly name = 'ScenarioSkip';
}
