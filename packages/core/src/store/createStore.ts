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
 * so it still reaches the host's error reporting). A listener is never called during its own `subscribe`.
 * @internal
 */
export function createStore<T>(value: T, { onStart }: StoreOptions = {}): WritableStore<T> {
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;
  let started = false;
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
      // Started before the listener is added: what the start sets at once is read with getSnapshot() after
      // subscribing, and no listener runs before `subscribe` has returned its unsubscribe function. (A
      // subscribe from inside the start only adds its listener.)
      if (!started) {
        started = true;
        try {
          stop = onStart?.();
        } catch (error) {
          started = false;
          throw error;
        }
      }
      listeners.add(entry);
      return () => {
        if (listeners.delete(entry) && !listeners.size) {
          started = false;
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
