import type { Store } from './Store';

/** Options of {@link createStore}. @internal */
export interface StoreOptions {
  /** Called when the first listener subscribes; its return value is called when the last one leaves. */
  onStart?: () => (() => void) | undefined;
}

/** A store the client writes to. @internal */
export interface WritableStore<T> extends Store<T> {
  /** Replaces the value; listeners run only when it changed (`Object.is`). */
  set(value: T): void;
  /** Derives the next value from the current one. */
  update(change: (current: T) => T): void;
}

/**
 * Creates a store. Listeners that throw do not stop the others (the error is rethrown asynchronously,
 * so it still reaches the host's error reporting).
 * @internal
 */
export function createStore<T>(value: T, { onStart }: StoreOptions = {}): WritableStore<T> {
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;
  const set = (next: T): void => {
    if (Object.is(next, value)) return;
    value = next;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  return {
    getSnapshot: () => value,
    subscribe(listener) {
      // Wrapped so that the same function subscribed twice counts twice (and a second unsubscribe is a no-op).
      const entry = () => listener();
      listeners.add(entry);
      if (listeners.size < 2) stop = onStart?.();
      return () => {
        if (listeners.delete(entry) && !listeners.size) {
          const stopWork = stop;
          stop = undefined;
          stopWork?.();
        }
      };
    },
    set,
    update: (change) => set(change(value)),
  };
}
