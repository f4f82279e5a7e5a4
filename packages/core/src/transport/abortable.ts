import { isParleyError, ParleyError } from '../errors/ParleyError';

/**
 * Settles like `promise`, but rejects with `code: 'aborted'` as soon as `signal` aborts (at once when it
 * already has), even when the work behind it (a custom backend, a body that never ends) ignores the signal:
 * a cancelled load must never deliver its result. The abort reason is used when it is a
 * {@link ParleyError} (such as a `timeout`). Give it a signal that is aborted once the work is done (or that
 * lives no longer than it), so its listener does not outlive the work.
 * @internal
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([
    new Promise<never>((_, reject) => {
      const stop = () =>
        reject(isParleyError(signal.reason) ? signal.reason : new ParleyError('aborted', 'Cancelled.'));
      if (signal.aborted) stop();
      signal.addEventListener('abort', stop);
    }),
    promise,
  ]);
}
