import type { ParleyError } from '../errors/ParleyError';
import { createStore } from './createStore';
import type { Store } from './Store';

/** The snapshot fields a deferred store fills in while the real store's code loads. @internal */
export interface LoadState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: ParleyError | null | undefined;
}

/**
 * A store that stands in for a store whose code is not loaded yet: `idle` until somebody subscribes, then
 * `loading` while `load` runs, then whatever the real store says (it follows it while it has listeners). When
 * `load` fails, it shows the error (`status: 'error'`). Each of `methods` loads the real store and calls its
 * method: a "Try again" after a failed load loads again and, when that succeeds, the stand-in follows the real
 * store from then on.
 *
 * @param load - resolves with the real store; rejects with a ParleyError only.
 * @param idle - the real store's snapshot before its first load.
 * @param methods - the real store's methods (each takes nothing and returns a promise) the stand-in passes on.
 * @example
 * ```ts
 * const list = deferredStore(() => loadDomain().then((domain) => domain.list), IDLE_LIST, ['loadMore', 'refresh']);
 * ```
 * @internal
 */
export function deferredStore<
  S extends LoadState,
  M extends string,
  T extends Store<S> & Record<M, () => Promise<void>>,
>(load: () => Promise<T>, idle: S, methods: readonly M[]): Store<S> & Record<M, () => Promise<void>> {
  let real: T | undefined;
  let watched = false;
  let stopFollowing: (() => void) | undefined;
  /** While nobody listens, nothing is followed; the real store is read at each call instead. */
  const follow = (store: T) => {
    if (!watched || stopFollowing) return;
    stopFollowing = store.subscribe(() => shown.set(store.getSnapshot()));
    shown.set(store.getSnapshot());
  };
  const attach = () =>
    load().then(
      (store) => {
        real = store;
        follow(store);
        return store;
      },
      (error: ParleyError) => {
        if (!real) shown.set({ ...idle, status: 'error', error });
        throw error;
      },
    );
  const shown = createStore(idle, {
    onStart() {
      watched = true;
      if (real) follow(real);
      else {
        shown.set({ ...idle, status: 'loading' });
        attach().catch(() => {});
      }
      return () => {
        watched = false;
        stopFollowing?.();
        stopFollowing = undefined;
      };
    },
  });
  const passedOn = Object.fromEntries(
    methods.map((method) => [method, () => attach().then((store) => store[method]())]),
  ) as Record<M, () => Promise<void>>;
  return {
    getSnapshot: () => (real ? real.getSnapshot() : shown.getSnapshot()),
    subscribe: shown.subscribe,
    ...passedOn,
  };
}
