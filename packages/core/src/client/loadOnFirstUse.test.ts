import { describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../errors/ParleyError';
import { loadOnFirstUse } from './loadOnFirstUse';

describe('loadOnFirstUse', () => {
  it('loads on the first call only, and every call shares that load', async () => {
    const load = vi.fn(async () => ({ domain: 1 }));
    const use = loadOnFirstUse(load);
    expect(load).not.toHaveBeenCalled();
    expect(use.loaded).toBeUndefined();
    const [first, second] = await Promise.all([use(), use()]);
    expect(first).toBe(second);
    expect(await use()).toBe(first);
    expect(use.loaded).toBe(first);
    expect(load).toHaveBeenCalledOnce();
  });

  it('forgets a failed load, so that the next call tries again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('loaded');
    const use = loadOnFirstUse(load);
    await expect(use()).rejects.toMatchObject({ name: 'ParleyError', code: 'network' });
    expect(use.loaded).toBeUndefined();
    await expect(use()).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('passes a ParleyError on as it is', async () => {
    const destroyed = new ParleyError('aborted', 'Client destroyed.');
    const use = loadOnFirstUse(() => Promise.reject(destroyed));
    await expect(use()).rejects.toBe(destroyed);
  });
});
