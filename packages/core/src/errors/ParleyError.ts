import type { ProblemCode } from '@parley/contract';

/**
 * Stable machine codes for every failure the SDK reports. Match on these, never on messages.
 *
 * - `network`: the request never reached the backend (offline, DNS, CORS, connection reset).
 * - `timeout`: the backend did not answer within the client's timeout.
 * - `aborted`: the caller cancelled the request with an `AbortSignal`.
 * - `unauthorized` / `forbidden`: 401 / 403.
 * - `not_found`: 404, including an unknown widget key (`widget_not_found`), and 410 (`link_expired`).
 * - `conflict`: 409 (for example a request with the same idempotency key still in flight).
 * - `invalid_request`: another 4xx the caller can fix (400, 413, 415, 422...). {@link ParleyError.problemCode}
 *   tells them apart: a 422 is `validation_failed` (see the problem's `errors`) or `idempotency_key_reused`.
 * - `rate_limited`: 429; see {@link ParleyError.retryAfterMs}.
 * - `server`: 5xx.
 * - `invalid_response`: the backend answered, but not with what the contract promises.
 */
export type ParleyErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_request'
  | 'rate_limited'
  | 'server'
  | 'invalid_response';

/**
 * A problem `code` from the backend: one the contract defines (listed for autocompletion) or a backend's
 * own, which callers treat by its HTTP status.
 */
export type ParleyProblemCode = ProblemCode | (string & Record<never, never>);

/** Options for {@link ParleyError}. */
export interface ParleyErrorOptions {
  /** HTTP status, when the backend answered. */
  status?: number | undefined;
  /** The backend's own machine code from its problem+json body (for example `widget_not_found`). */
  problemCode?: ParleyProblemCode | undefined;
  /** Milliseconds the backend asked us to wait (`Retry-After`). */
  retryAfterMs?: number | undefined;
  /** The underlying error or value. */
  cause?: unknown;
}

/**
 * The one error class of the Parley SDK. Every rejected promise and every `error` event carries one.
 *
 * @example
 * ```ts
 * try {
 *   await client.config();
 * } catch (error) {
 *   if (error instanceof ParleyError && error.code === 'not_found') showSetupHint();
 * }
 * ```
 */
export class ParleyError extends Error {
  declare readonly name: 'ParleyError';
  /** Stable machine code. */
  declare readonly code: ParleyErrorCode;
  /** HTTP status, when the backend answered. */
  declare readonly status: number | undefined;
  /**
   * The backend's problem+json `code`, when it sent one: finer than {@link ParleyError.code}, such as
   * `widget_not_found` or `validation_failed`. Backends may add codes of their own.
   */
  declare readonly problemCode: ParleyProblemCode | undefined;
  /** Milliseconds the backend asked us to wait before retrying, when it said. */
  declare readonly retryAfterMs: number | undefined;

  constructor(code: ParleyErrorCode, message: string, options?: ParleyErrorOptions) {
    // `Error` reads `cause` from the options; the rest become fields, so an absent one is `undefined`.
    super(message, options);
    Object.assign(this, { name: 'ParleyError', code }, options);
  }
}

/** Narrowing helper that also works across bundle copies (it checks the name, not the prototype). */
export function isParleyError(value: unknown): value is ParleyError {
  return value instanceof Error && value.name === 'ParleyError';
}
