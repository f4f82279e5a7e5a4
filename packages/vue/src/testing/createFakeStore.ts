import type { Store } from '@parley/core';

/** A store whose value a test sets, counting its listeners. */
export interface FakeStore<T> extends Store<T> {
  set(value: T): void;
  /** Listeners now. */
  readonly listeners: number;
  /** Calls to `subscribe` so far. */
  readonly subscriptions: number;
}

export function createFakeStore<T>(value: T): FakeStore<T> {
  const listeners = new Set<() => void>();
  let subscriptions = 0;
  return {
    getSnapshot: () => value,
    subscribe(listener) {
      const entry = () => listener();
      listeners.add(entry);
      subscriptions++;
      return () => listeners.delete(entry);
    },
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    get listeners() {
      return listeners.size;
    },
    get subscriptions() {
      return subscriptions;
    },
  };
}
