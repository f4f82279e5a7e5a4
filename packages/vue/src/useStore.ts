import type { Store } from '@parley/core';
import {
  getCurrentInstance,
  getCurrentScope,
  onMounted,
  onScopeDispose,
  type ShallowRef,
  shallowReadonly,
  shallowRef,
  watch,
} from 'vue';

/**
 * A core store as a readonly `shallowRef` of its snapshot (immutable snapshots: no deep reactivity),
 * subscribed while the calling effect scope lives. `source` is watched: when it gives another store (an id
 * changed), the old one is left and the new one followed. A source that gives `undefined` shows `idle`.
 *
 * When it subscribes: in a component, once it is mounted. Vue never mounts on the server, in any
 * environment (a test's DOM included, where `window` exists), so server rendering shows the current
 * snapshot and starts no request or timer; and a hydrating client renders that same snapshot first, since
 * subscribing may change it at once (`idle` to `loading`), which would not match the server's HTML.
 * Outside a component (a bare `effectScope`, a store of the app), it subscribes at once, in browsers only.
 * @internal
 */
export function useStore<T>(source: () => Store<T>): Readonly<ShallowRef<T>>;
/** @internal */
export function useStore<T>(source: () => Store<T> | undefined, idle: T): Readonly<ShallowRef<T>>;
export function useStore<T>(source: () => Store<T> | undefined, idle?: T): Readonly<ShallowRef<T>> {
  let store = source();
  let stop: (() => void) | undefined;
  let live = false;
  const read = () => (store ? store.getSnapshot() : (idle as T));
  const snapshot = shallowRef(read());
  const update = () => {
    snapshot.value = read();
  };
  const follow = () => {
    stop?.();
    stop = store?.subscribe(update);
    update();
  };
  const scope = getCurrentScope();
  const start = () => {
    // A scope stopped before its component mounted (an effectScope of a setup) subscribes nothing.
    if (scope?.active === false) return;
    live = true;
    follow();
  };
  watch(source, (next) => {
    store = next;
    live ? follow() : update();
  });
  onScopeDispose(() => {
    live = false;
    stop?.();
    stop = undefined;
  });
  const instance = getCurrentInstance();
  if (instance && !instance.isMounted) onMounted(start);
  else if (typeof window !== 'undefined') start();
  return shallowReadonly(snapshot);
}
