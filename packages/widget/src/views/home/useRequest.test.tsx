import { ParleyError } from '@parley/core';
import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRequest } from './useRequest';

/** A request whose answers the test hands out one by one, recording each call's key and signal. */
function controlledRequest() {
  const calls: {
    key: string;
    signal: AbortSignal;
    resolve: (value: string) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const forKey = (key: string) => (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => calls.push({ key, signal, resolve, reject }));
  return { calls, forKey };
}

/** Lets fake time pass (and the promises it settles run). */
async function elapse(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('useRequest', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('waits for the key to settle: quick changes make one request, for the last key', async () => {
    const { calls, forKey } = controlledRequest();
    const { result, rerender } = renderHook(({ key }) => useRequest(key, forKey(key), 250), {
      initialProps: { key: 'p' },
    });
    for (const key of ['pa', 'pas', 'pass']) {
      rerender({ key });
      await act(() => elapse(100));
    }
    expect(calls).toEqual([]);
    expect(result.current.status).toBe('loading');
    await act(() => elapse(250));
    expect(calls.map((call) => call.key)).toEqual(['pass']);
    await act(async () => calls[0]?.resolve('results for pass'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'results for pass' });
  });

  it('cancels the request on its way when the key changes, and never shows its late answer', async () => {
    const { calls, forKey } = controlledRequest();
    const { result, rerender } = renderHook(({ key }) => useRequest(key, forKey(key), 250), {
      initialProps: { key: 'old' },
    });
    await act(() => elapse(250));
    rerender({ key: 'new' });
    expect(calls[0]?.signal.aborted).toBe(true);
    await act(() => elapse(250));
    await act(async () => {
      calls[1]?.resolve('new answer');
      calls[0]?.resolve('old answer');
    });
    expect(result.current.data).toBe('new answer');
    expect(calls[1]?.signal.aborted).toBe(false);
  });

  it('keeps the last answer while the next one loads', async () => {
    const { calls, forKey } = controlledRequest();
    const { result, rerender } = renderHook(({ key }) => useRequest(key, forKey(key)), {
      initialProps: { key: 'a' },
    });
    await act(() => elapse(0));
    await act(async () => calls[0]?.resolve('A'));
    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ status: 'loading', data: 'A' });
  });

  it('reports a failure by its code, and tries again on retry', async () => {
    const { calls, forKey } = controlledRequest();
    const { result } = renderHook(() => useRequest('k', forKey('k')));
    await act(() => elapse(0));
    await act(async () => calls[0]?.reject(new ParleyError('network', 'offline')));
    expect(result.current).toMatchObject({ status: 'error', code: 'network' });
    act(() => result.current.retry());
    await act(() => elapse(0));
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]?.resolve('back'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'back', code: undefined });
  });

  it('is idle without a request, and cancels on unmount', async () => {
    const { calls, forKey } = controlledRequest();
    const { result, rerender, unmount } = renderHook(
      ({ key }) => useRequest(key, key ? forKey(key) : undefined),
      { initialProps: { key: '' } },
    );
    await act(() => elapse(1000));
    expect(result.current.status).toBe('idle');
    expect(calls).toEqual([]);
    rerender({ key: 'x' });
    await act(() => elapse(0));
    act(() => unmount());
    expect(calls[0]?.signal.aborted).toBe(true);
  });
});
