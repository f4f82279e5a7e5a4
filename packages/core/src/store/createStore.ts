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
export function createStore<T>(initial: T, options: StoreOptions = {}): WritableStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;

  const notify = (): void => {
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

  const set = (next: T): void => {
    if (Object.is(next, value)) return;
    value = next;
    notify();
  };

  return {
    getSnapshot: () => value,
    subscribe(listener) {
      // Wrapped so that the same function subscribed twice counts twice, like addEventListener does not.
      const entry = () => listener();
      listeners.add(entry);
      if (listeners.size === 1 && options.onStart) stop = options.onStart();
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        listeners.delete(entry);
        if (listeners.size === 0 && stop) {
          const stopWork = stop;
          stop = undefined;
          stopWork();
        }
      };
    },
    set,
    update: (change) => set(change(value)),
  };
}
