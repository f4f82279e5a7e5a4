import { isParleyError } from '../errors/ParleyError';

/**
 * Whether trying again later may succeed: `network`, `timeout` (including 408), `rate_limited` (429),
 * `server` (5xx), and `conflict` (409: a request with the same idempotency key still in flight) unless
 * its problem code is one of the contract's lasting conflicts, which no wait can fix. Never another 4xx,
 * `aborted` or `invalid_response`.
 *
 * @example
 * ```ts
 * if (isRetryable(error)) scheduleRetry();
 * ```
 */
export function isRetryable(error: unknown): boolean {
  return (
    isParleyError(error) &&
    /^((network|timeout|rate_limited|server) |conflict (?!(conflict|conversation_not_resolved)$))/.test(
      `${error.code} ${error.problemCode}`,
    )
  );
}
