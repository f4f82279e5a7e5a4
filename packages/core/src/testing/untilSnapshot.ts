import type { Store } from '../store/Store';

/**
 * Resolves with the first snapshot of `store` that satisfies `predicate` (the current one included),
 * driven by the store's own notifications rather than by polling. Subscribing keeps the store active
 * until then.
 * @internal
 */
export function untilSnapshot<T>(store: Store<T>, predicate: (snapshot: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    let stop: (() => void) | undefined;
    const check = () => {
      const snapshot = store.getSnapshot();
      if (done || !predicate(snapshot)) return;
      done = true;
      stop?.();
      resolve(snapshot);
    };
    stop = store.subscribe(check);
    if (done) stop();
    else check();
  });
}
