// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onWake } from './onWake';

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('onWake', () => {
  it('calls back when the browser comes back online and when the page becomes visible', () => {
    const listener = vi.fn();
    const stop = onWake(listener);
    window.dispatchEvent(new Event('online'));
    expect(listener).toHaveBeenCalledTimes(1);
    setVisibility('hidden');
    expect(listener).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    expect(listener).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('offline'));
    expect(listener).toHaveBeenCalledTimes(2);

    stop();
    window.dispatchEvent(new Event('online'));
    setVisibility('visible');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
