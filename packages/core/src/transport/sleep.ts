import { ParleyError } from '../errors/ParleyError';

/**
 * Waits `ms` milliseconds (with the `setTimeout` of call time, so fake timers work), or rejects with
 * `code: 'aborted'` as soon as `signal` aborts.
 * @internal
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ParleyError('aborted', 'Wait cancelled.'));
    };
    const timer = setTimeout(() => {
      // The signal may live long (a client's): leave no listener behind.
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort);
  });
}
