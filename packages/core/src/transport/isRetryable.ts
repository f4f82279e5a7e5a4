import { isParleyError } from '../errors/ParleyError';

/** 409 problem codes that no wait can fix (unlike `idempotency_key_in_flight` or a backend's own). */
const LASTING_CONFLICTS = ['conflict', 'conversation_not_resolved'];

/**
 * Whether trying again later may succeed: `network`, `timeout` (including 408), `conflict` (409: a request
 * with the same idempotency key still in flight; not the contract's lasting conflicts), `rate_limited`
 * (429) and `server` (5xx). Never another 4xx, `aborted` or `invalid_response`.
 *
 * @example
 * ```ts
 * if (isRetryable(error)) scheduleRetry();
 * ```
 */
export function isRetryable(error: unknown): boolean {
  if (!isParleyError(error)) return false;
  switch (error.code) {
    case 'network':
    case 'timeout':
    case 'rate_limited':
    case 'server':
      return true;
    case 'conflict':
      return !LASTING_CONFLICTS.includes(error.problemCode ?? '');
    default:
      return false;
  }
}
