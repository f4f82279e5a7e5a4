import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOffline } from './isOffline';
import { onWake } from './onWake';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isOffline', () => {
  it('reads navigator.onLine at each call', () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(isOffline()).toBe(true);
    vi.stubGlobal('navigator', { onLine: true });
    expect(isOffline()).toBe(false);
  });

  it('says online where there is no navigator (a server, Node 20)', () => {
    vi.stubGlobal('navigator', undefined);
    expect(isOffline()).toBe(false);
  });
});

describe('onWake outside a browser', () => {
  it('listens to nothing and does not throw where there is no window or document', () => {
    const stop = onWake(() => {});
    expect(() => stop()).not.toThrow();
  });
});
