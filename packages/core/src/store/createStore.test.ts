import { describe, expect, it, vi } from 'vitest';
import { createStore } from './createStore';

describe('createStore', () => {
  it('starts with the first listener, without calling it during its own subscribe', () => {
    const store = createStore('idle', {
      onStart() {
        // A start that sets a value at once, as a loading store does.
        store.set('loading');
        return undefined;
      },
    });
    const seen: string[] = [];
    // A listener that stops itself on its first call: its unsubscribe must exist by then.
    const unsubscribe = store.subscribe(() => {
      seen.push(store.getSnapshot());
      unsubscribe();
    });
    expect(seen).toEqual([]);
    expect(store.getSnapshot()).toBe('loading');
    store.set('ready');
    store.set('stale');
    expect(seen).toEqual(['ready']);
  });

  it('starts once for listeners added during the start, and again after the last one left', () => {
    const stopWork = vi.fn();
    const onStart = vi.fn(() => {
      inner = store.subscribe(() => {});
      return stopWork;
    });
    let inner: (() => void) | undefined;
    const store = createStore(0, { onStart });
    const outer = store.subscribe(() => {});
    expect(onStart).toHaveBeenCalledOnce();
    outer();
    expect(stopWork).not.toHaveBeenCalled();
    inner?.();
    expect(stopWork).toHaveBeenCalledOnce();
    store.subscribe(() => {})();
    expect(onStart).toHaveBeenCalledTimes(2);
  });

  it('starts again on the next subscribe when the start threw', () => {
    let fail = true;
    const store = createStore(0, {
      onStart() {
        if (fail) throw new Error('storage unavailable');
        return undefined;
      },
    });
    expect(() => store.subscribe(() => {})).toThrow('storage unavailable');
    fail = false;
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(1);
    expect(listener).toHaveBeenCalledOnce();
  });
});
