import { isParleyError, ParleyError } from '../errors/ParleyError';

/**
 * Settles like `promise`, but rejects with `code: 'aborted'` as soon as `signal` aborts, even when the
 * work behind the promise (a custom backend) ignores the signal: a cancelled search must never deliver
 * its results. The abort reason is used when it is a {@link ParleyError}.
 * @internal
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () =>
      reject(
        isParleyError(signal.reason)
          ? signal.reason
          : new ParleyError('aborted', 'The request was cancelled.'),
      );
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
