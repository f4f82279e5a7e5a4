import type { ParleyError } from '../errors/ParleyError';
import { isRetryable as defaultIsRetryable } from './isRetryable';
import { sleep as defaultSleep } from './sleep';

/** Options of {@link retryWithBackoff}. */
export interface RetryWithBackoffOptions {
  /** Stops retrying: a wait in progress rejects with `code: 'aborted'`; `action` receives it too. */
  signal?: AbortSignal | undefined;
  /** Attempts in all, the first included. @default 5 */
  maxAttempts?: number | undefined;
  /** The delay cap of the first retry; it doubles with each attempt. @default 500 */
  baseMs?: number | undefined;
  /** The longest delay the backoff picks (a `Retry-After` may ask for more). @default 30000 */
  capMs?: number | undefined;
  /**
   * The longest `Retry-After` worth waiting for; when the backend asks for more, the error is thrown at
   * once (the caller keeps the action for later, such as an outbox on the next wake-up).
   * @default 300000
   */
  maxRetryAfterMs?: number | undefined;
  /** A number in `[0, 1)`. @default Math.random */
  random?: (() => number) | undefined;
  /** Waits `ms`, rejecting when `signal` aborts. @default a setTimeout looked up at call time */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** Which failures are worth another attempt. @default isRetryable */
  isRetryable?: ((error: unknown) => boolean) | undefined;
  /** Told before each wait: the failure, the attempt that failed (from 1) and the delay chosen. */
  onRetry?: ((error: unknown, attempt: number, delayMs: number) => void) | undefined;
}

/**
 * Runs `action` until it succeeds, retrying retryable failures with full-jitter exponential backoff: before
 * retry `n` (from 0) it waits `random() * min(capMs, baseMs * 2^n)`, and at least the `retryAfterMs` of a
 * 429/503. Rejects with the last error when it is not retryable or the attempts run out.
 *
 * @example
 * ```ts
 * const message = await retryWithBackoff((signal) =>
 *   backend.sendMessage(id, body, { token, idempotencyKey: body.clientMessageId, signal }),
 * );
 * ```
 */
export async function retryWithBackoff<T>(
  action: (signal: AbortSignal) => Promise<T>,
  {
    signal = new AbortController().signal,
    maxAttempts = 5,
    baseMs = 500,
    capMs = 30_000,
    maxRetryAfterMs = 300_000,
    random = Math.random,
    sleep = defaultSleep,
    isRetryable = defaultIsRetryable,
    onRetry,
  }: RetryWithBackoffOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action(signal);
    } catch (error) {
      const retryAfterMs = (error as ParleyError | undefined)?.retryAfterMs || 0;
      if (signal.aborted || attempt >= maxAttempts || !isRetryable(error) || retryAfterMs > maxRetryAfterMs) {
        throw error;
      }
      const delayMs = Math.max(retryAfterMs, random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
      onRetry?.(error, attempt, delayMs);
      await sleep(delayMs, signal);
    }
  }
}
