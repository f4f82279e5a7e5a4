import type { Store } from '@parley/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConformanceFailure } from '../runner/ConformanceFailure';
import { watchStore } from './watchStore';

/** A store of a number that the test changes, counting its listeners. */
function counterStore() {
  let value = 0;
  const listeners = new Set<() => void>();
  const store: Store<number> = {
    getSnapshot: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    store,
    listeners,
    set(next: number) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('watchStore', () => {
  it('keeps every distinct snapshot and resolves once the predicate holds', async () => {
    const counter = counterStore();
    const watched = watchStore(counter.store, new AbortController().signal, 1000);
    const reached = watched.until((value) => value >= 2, 'two');
    counter.set(1);
    counter.set(1);
    counter.set(2);
    await expect(reached).resolves.toBe(2);
    expect(watched.history).toEqual([0, 1, 2]);
  });

  it('fails after the wait, naming what it waited for and the last snapshot', async () => {
    vi.useFakeTimers();
    const counter = counterStore();
    const watched = watchStore(counter.store, new AbortController().signal, 1000);
    const reached = watched.until((value) => value > 5, 'more than five');
    counter.set(3);
    vi.advanceTimersByTime(1000);
    const error = await reached.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConformanceFailure);
    expect((error as ConformanceFailure).message).toBe('Waited 1000 ms in vain for more than five.');
    expect((error as ConformanceFailure).details.actual).toBe('last snapshot: 3');
  });

  it('stops listening when the scenario ends, and rejects a wait still running', async () => {
    const counter = counterStore();
    const controller = new AbortController();
    const watched = watchStore(counter.store, controller.signal, 1000);
    const reached = watched.until(() => false, 'never');
    expect(counter.listeners.size).toBe(1);
    controller.abort(new Error('scenario over'));
    await expect(reached).rejects.toThrow('scenario over');
    expect(counter.listeners.size).toBe(0);
  });
});
