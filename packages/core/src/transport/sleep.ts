import { abortable } from './abortable';

/**
 * Waits `ms` milliseconds (with the `setTimeout` of call time, so fake timers work), or rejects with
 * `code: 'aborted'` as soon as `signal` aborts, leaving no timer behind.
 * @internal
 */
export function sleep(ms: number, signal = new AbortController().signal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return abortable(
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
    signal,
  ).finally(() => clearTimeout(timer));
}
