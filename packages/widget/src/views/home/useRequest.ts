import { isParleyError, type ParleyErrorCode } from '@parley/core';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Where a read from the backend stands. @internal */
export interface RequestState<T> {
  /** `idle` with nothing to ask, `loading` (also while waiting out the delay), `ready` or `error`. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The last answer; kept while the next one loads, so results do not flicker away as the visitor types. */
  data: T | undefined;
  /** Why the last attempt failed. */
  code: ParleyErrorCode | undefined;
  /** Asks again (after an error). */
  retry: () => void;
}

/**
 * One read from the backend that follows `key`: when the key changes, the read still on its way is
 * cancelled through its `AbortSignal` and a new one starts after `delayMs` (a debounce: typing a word sends
 * one search, not one per letter). Unmounting cancels too; a cancelled read never reaches the state, so
 * answers cannot arrive out of order.
 *
 * @param key - What the read is for (the query, the article id).
 * @param request - The read; `undefined` when there is nothing to ask (an empty query).
 * @example
 * ```ts
 * const { status, data } = useRequest(query, query ? (signal) => client.articles.search(query, { signal }) : undefined, 250);
 * ```
 * @internal
 */
export function useRequest<T>(
  key: string,
  request: ((signal: AbortSignal) => Promise<T>) | undefined,
  delayMs = 0,
): RequestState<T> {
  const [state, setState] = useState<Omit<RequestState<T>, 'retry'>>({
    status: request ? 'loading' : 'idle',
    data: undefined,
    code: undefined,
  });
  const [attempt, setAttempt] = useState(0);
  // The latest closure, read when the timer fires: the effect re-runs on the key, not on every render.
  const latest = useRef(request);
  latest.current = request;
  const active = !!request;

  useEffect(() => {
    if (!active) return setState({ status: 'idle', data: undefined, code: undefined });
    setState((current) => ({ ...current, status: 'loading', code: undefined }));
    const controller = new AbortController();
    const { signal } = controller;
    const timer = setTimeout(() => {
      latest.current?.(signal).then(
        (data) => signal.aborted || setState({ status: 'ready', data, code: undefined }),
        (error: unknown) =>
          signal.aborted ||
          setState((current) => ({
            ...current,
            status: 'error',
            code: isParleyError(error) ? error.code : 'invalid_response',
          })),
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, active, attempt, delayMs]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
