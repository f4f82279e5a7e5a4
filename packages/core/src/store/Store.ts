/**
 * A readable value that changes over time: the one shape every piece of client state has, so a React hook
 * is `useSyncExternalStore(store.subscribe, store.getSnapshot)` and a Vue composable a `shallowRef`.
 * Snapshots are immutable: a change produces a new object, and an unchanged value keeps its identity.
 */
export interface Store<T> {
  /** The current value. Cheap; returns the same object until something changes. */
  getSnapshot(): T;
  /**
   * Calls `listener` after every change. The first subscriber starts the work behind the store (realtime,
   * polling), the last one to leave stops it.
   * @returns a function that removes the listener.
   */
  subscribe(listener: () => void): () => void;
}
