import type { Store } from '@parley/core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from './useStore';

/** A store whose value the test sets, counting its subscribers. */
function testStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  const store: Store<T> & { set(next: T): void; subscribers(): number } = {
    getSnapshot: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribers: () => listeners.size,
  };
  return store;
}

function Show({ store }: { store: Store<string> }) {
  return <p>{useStore(store)}</p>;
}

describe('useStore', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  it('renders the current value and every change, and unsubscribes on unmount', () => {
    const store = testStore('first');
    act(() => render(<Show store={store} />, root));
    expect(root.textContent).toBe('first');
    expect(store.subscribers()).toBe(1);
    act(() => store.set('second'));
    expect(root.textContent).toBe('second');
    act(() => render(null, root));
    expect(store.subscribers()).toBe(0);
  });

  it('does not miss a change made between the render and the subscription', () => {
    let value = 'rendered';
    const store: Store<string> = {
      getSnapshot: () => value,
      // Changed after the render, before the listener was there to hear it.
      subscribe() {
        value = 'changed meanwhile';
        return () => {};
      },
    };
    act(() => render(<Show store={store} />, root));
    expect(root.textContent).toBe('changed meanwhile');
  });
});
