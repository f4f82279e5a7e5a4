import type { Availability } from '@parley/core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAvailability } from './useAvailability';

function Status({ availability }: { availability: Availability | null }) {
  const status = useAvailability(availability);
  return (
    <p>{status.kind === 'open' ? `open ${status.replyMinutes}` : `away ${status.backAt?.toISOString()}`}</p>
  );
}

const newYork: Availability = {
  timeZone: 'America/New_York',
  weekly: [{ day: 1, opens: '09:00', closes: '17:00' }],
  isOpen: false,
  nextOpensAt: null,
  expectedReplyMinutes: 45,
};

describe('useAvailability', () => {
  const root = document.createElement('div');
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    render(null, root);
    vi.useRealTimers();
  });

  it('re-renders when the team opens, and stops its timer on unmount', () => {
    // Monday 08:59 in New York.
    vi.setSystemTime(new Date('2026-01-05T13:59:00Z'));
    act(() => render(<Status availability={newYork} />, root));
    expect(root.textContent).toBe('away 2026-01-05T14:00:00.000Z');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(root.textContent).toBe('open 45');
    act(() => render(null, root));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows a new config', () => {
    vi.setSystemTime(new Date('2026-01-05T13:59:00Z'));
    act(() => render(<Status availability={newYork} />, root));
    act(() => render(<Status availability={null} />, root));
    expect(root.textContent).toBe('open null');
  });
});
