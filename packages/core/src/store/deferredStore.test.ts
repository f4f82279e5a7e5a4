import { describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../errors/ParleyError';
import { createStore } from './createStore';
import { deferredStore } from './deferredStore';

interface Snapshot {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ParleyError | null;
  items: string[];
}
const idle: Snapshot = { status: 'idle', error: null, items: [] };

/** A real store, and a load of it that waits for `deliver()` (or `fail()`). */
function setup() {
  const real = Object.assign(createStore<Snapshot>({ status: 'ready', error: null, items: ['a'] }), {
    refresh: vi.fn(async () => {}),
  });
  const loads: { resolve: () => void; reject: (error: ParleyError) => void }[] = [];
  const load = vi.fn(
    () =>
      new Promise<typeof real>((resolve, reject) => {
        loads.push({ resolve: () => resolve(real), reject });
      }),
  );
  const deferred = deferredStore(load, idle, ['refresh']);
  const settled = () => new Promise((resolve) => setTimeout(resolve));
  return { real, load, loads, deferred, settled };
}

describe('deferredStore', () => {
  it('loads nothing until subscribed, and shows idle meanwhile', () => {
    const { load, deferred } = setup();
    expect(deferred.getSnapshot()).toBe(idle);
    expect(load).not.toHaveBeenCalled();
  });

  it('shows loading while the real store loads, then follows the real store', async () => {
    const { real, loads, deferred, settled } = setup();
    const seen: string[] = [];
    deferred.subscribe(() => seen.push(deferred.getSnapshot().status));
    expect(deferred.getSnapshot().status).toBe('loading');
    loads[0]?.resolve();
    await settled();
    expect(deferred.getSnapshot()).toBe(real.getSnapshot());
    real.set({ status: 'ready', error: null, items: ['a', 'b'] });
    expect(deferred.getSnapshot().items).toEqual(['a', 'b']);
    // `loading` was set as the first listener subscribed: read after subscribing, never told during it.
    expect(seen).toEqual(['ready', 'ready']);
  });

  it('stops following the real store when its last listener leaves, and follows it again on return', async () => {
    const { real, loads, deferred, settled } = setup();
    const stop = deferred.subscribe(() => {});
    loads[0]?.resolve();
    await settled();
    const listener = vi.fn();
    const stopSecond = deferred.subscribe(listener);
    stop();
    stopSecond();
    real.set({ status: 'ready', error: null, items: ['c'] });
    expect(listener).not.toHaveBeenCalled();
    // Read while nobody listens: the real store's value all the same.
    expect(deferred.getSnapshot().items).toEqual(['c']);
    deferred.subscribe(listener);
    real.set({ status: 'ready', error: null, items: ['d'] });
    expect(listener).toHaveBeenCalled();
  });

  it('shows a failed load as an error, and follows the real store once a method (a "Try again") loads it', async () => {
    const { real, load, loads, deferred, settled } = setup();
    const listener = vi.fn();
    deferred.subscribe(listener);
    const failure = new ParleyError('network', 'Could not load.');
    loads[0]?.reject(failure);
    await settled();
    expect(deferred.getSnapshot()).toEqual({ status: 'error', error: failure, items: [] });

    const refreshed = deferred.refresh();
    loads[1]?.resolve();
    await refreshed;
    expect(real.refresh).toHaveBeenCalledOnce();
    expect(load).toHaveBeenCalledTimes(2);
    expect(deferred.getSnapshot()).toBe(real.getSnapshot());
    listener.mockClear();
    real.set({ status: 'ready', error: null, items: ['e'] });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('passes a failed load on to the caller of a method', async () => {
    const { loads, deferred } = setup();
    const refreshed = deferred.refresh();
    loads[0]?.reject(new ParleyError('network', 'Could not load.'));
    await expect(refreshed).rejects.toMatchObject({ code: 'network' });
  });
});
