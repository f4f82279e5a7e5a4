import type { Store } from '@parley/core';
import { useSyncExternalStore } from 'react';

/**
 * The current snapshot of a core store, re-rendering on change; subscribed while the component is mounted
 * (which starts the store's work) and never during server rendering, where the store's current snapshot
 * (before any load) is rendered as it is.
 * @internal
 */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

const unsubscribed = () => () => {};

/** A store that holds `value` and never changes: what a hook watches when there is nothing to watch. @internal */
export const constantStore = <T>(value: T): Store<T> => ({
  getSnapshot: () => value,
  subscribe: unsubscribed,
});
