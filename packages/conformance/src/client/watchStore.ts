import type { Store } from '@parley/core';
import { ConformanceFailure } from '../runner/ConformanceFailure';
import type { WatchedStore } from './ClientScenarioContext';
import { describeValue } from './describeValue';

/**
 * Subscribes to `store` until `signal` aborts (or `stop()`), keeping every distinct snapshot; waits are
 * driven by the store's notifications and bounded by `defaultWaitMs` and `signal`.
 * @internal
 */
export function watchStore<T>(store: Store<T>, signal: AbortSignal, defaultWaitMs: number): WatchedStore<T> {
  const history: T[] = [store.getSnapshot()];
  const waiters = new Set<() => void>();
  const unsubscribe = store.subscribe(() => {
    const snapshot = store.getSnapshot();
    if (!Object.is(snapshot, history.at(-1))) history.push(snapshot);
    for (const waiter of [...waiters]) waiter();
  });
  const stop = () => {
    unsubscribe();
    signal.removeEventListener('abort', stop);
  };
  signal.addEventListener('abort', stop, { once: true });

  return {
    history,
    stop,
    until(predicate, what, { waitMs = defaultWaitMs } = {}) {
      return new Promise<T>((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(check);
          signal.removeEventListener('abort', onAbort);
        };
        function check() {
          const snapshot = store.getSnapshot();
          if (!predicate(snapshot)) return;
          finish();
          resolve(snapshot);
        }
        function onAbort() {
          finish();
          reject(signal.reason);
        }
        const timer = setTimeout(() => {
          finish();
          reject(
            new ConformanceFailure(`Waited ${waitMs} ms in vain for ${what}.`, {
              expected: what,
              actual: `last snapshot: ${describeValue(store.getSnapshot())}`,
            }),
          );
        }, waitMs);
        signal.addEventListener('abort', onAbort, { once: true });
        waiters.add(check);
        check();
      });
    },
  };
}
