import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_AFTER_HIDDEN_MS, REFRESH_EVERY_MS, useRefreshWhileOpen } from './useRefreshWhileOpen';

function Refreshing({ store }: { store: { refresh(): Promise<void> } }) {
  useRefreshWhileOpen(store);
  return null;
}

let visibility: DocumentVisibilityState = 'visible';

/** Hides or shows the page, as a browser does when its tab is switched. */
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const store = () => ({ refresh: vi.fn(() => Promise.resolve()) });

describe('useRefreshWhileOpen', () => {
  it('refreshes every interval while the page is visible, not before', () => {
    const open = store();
    render(<Refreshing store={open} />);
    expect(open.refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REFRESH_EVERY_MS - 1);
    expect(open.refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open.refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(REFRESH_EVERY_MS);
    expect(open.refresh).toHaveBeenCalledTimes(2);
  });

  it('asks nothing while hidden, and refreshes at once on coming back after a while', () => {
    const open = store();
    render(<Refreshing store={open} />);
    setVisibility('hidden');
    vi.advanceTimersByTime(3 * REFRESH_EVERY_MS);
    expect(open.refresh).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(open.refresh).toHaveBeenCalledTimes(1);
    // The interval starts again from that load.
    vi.advanceTimersByTime(REFRESH_EVERY_MS - 1);
    expect(open.refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(open.refresh).toHaveBeenCalledTimes(2);
  });

  it('does not refresh on a short absence, and keeps the interval counted from the last load', () => {
    const open = store();
    render(<Refreshing store={open} />);
    vi.advanceTimersByTime(REFRESH_EVERY_MS / 2);
    setVisibility('hidden');
    vi.advanceTimersByTime(REFRESH_AFTER_HIDDEN_MS - 1);
    setVisibility('visible');
    expect(open.refresh).not.toHaveBeenCalled();
    // Half the interval and the absence have gone by: the rest of the interval is left.
    vi.advanceTimersByTime(REFRESH_EVERY_MS / 2 - REFRESH_AFTER_HIDDEN_MS);
    expect(open.refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open.refresh).toHaveBeenCalledTimes(1);
  });

  it('stops on unmount: no timer, no listener', () => {
    const open = store();
    const { unmount } = render(<Refreshing store={open} />);
    unmount();
    // Past the renderer's own short timers, only a forgotten refresh timer would be left.
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
    setVisibility('hidden');
    vi.advanceTimersByTime(REFRESH_AFTER_HIDDEN_MS);
    setVisibility('visible');
    vi.advanceTimersByTime(3 * REFRESH_EVERY_MS);
    expect(open.refresh).not.toHaveBeenCalled();
  });

  it('survives a failing refresh and goes on', async () => {
    const open = { refresh: vi.fn(() => Promise.reject(new Error('offline'))) };
    render(<Refreshing store={open} />);
    vi.advanceTimersByTime(REFRESH_EVERY_MS);
    await vi.advanceTimersByTimeAsync(REFRESH_EVERY_MS);
    expect(open.refresh).toHaveBeenCalledTimes(2);
  });
});
