import type { Availability } from '@parley/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAvailabilityStore } from './createAvailabilityStore';

// Berlin, Monday to Friday 09:00-17:00.
const berlin: Availability = {
  timeZone: 'Europe/Berlin',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
  isOpen: false,
  nextOpensAt: null,
  expectedReplyMinutes: 30,
};

describe('createAvailabilityStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('changes by itself when the team opens and closes, and keeps an unchanged status', () => {
    // Friday 16:50 in Berlin.
    vi.setSystemTime(new Date('2026-01-09T15:50:00Z'));
    const store = createAvailabilityStore(berlin);
    const seen: string[] = [];
    const stop = store.subscribe(() => seen.push(store.getSnapshot().kind));
    const first = store.getSnapshot();
    expect(first).toMatchObject({ kind: 'open', replyMinutes: 30 });

    vi.advanceTimersByTime(9 * 60_000);
    expect(store.getSnapshot()).toBe(first);
    vi.advanceTimersByTime(60_000);
    expect(store.getSnapshot()).toEqual({ kind: 'away', backAt: new Date('2026-01-12T08:00:00Z') });
    expect(seen).toEqual(['away']);

    // Across the weekend, waking up every ten minutes without telling anyone, then open on Monday 09:00.
    vi.advanceTimersByTime(Date.parse('2026-01-12T08:00:00Z') - Date.now() - 1);
    expect(seen).toEqual(['away']);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['away', 'open']);
    stop();
  });

  it('runs no timer without subscribers, and catches up when subscribed again', () => {
    vi.setSystemTime(new Date('2026-01-09T15:50:00Z'));
    const store = createAvailabilityStore(berlin);
    const listener = vi.fn();
    store.subscribe(listener)();
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(new Date('2026-01-09T17:00:00Z'));
    store.subscribe(listener);
    expect(store.getSnapshot().kind).toBe('away');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('follows an injected clock', () => {
    const store = createAvailabilityStore(berlin, { now: () => Date.parse('2026-01-10T12:00:00Z') });
    expect(store.getSnapshot()).toEqual({ kind: 'away', backAt: new Date('2026-01-12T08:00:00Z') });
  });
});
