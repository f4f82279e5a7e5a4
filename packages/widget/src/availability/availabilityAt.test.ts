import type { Availability, OpeningHours } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { availabilityAt } from './availabilityAt';

const weekdays = (opens: string, closes: string): OpeningHours[] =>
  [1, 2, 3, 4, 5].map((day) => ({ day, opens, closes }));

function hours(timeZone: string, weekly: OpeningHours[]): Availability {
  // The served `isOpen`/`nextOpensAt` are deliberately wrong: the status must come from the hours.
  return { timeZone, weekly, isOpen: true, nextOpensAt: null, expectedReplyMinutes: 120 };
}

/** The status at an ISO instant, with its dates as ISO strings. */
function at(availability: Availability | null, iso: string) {
  const status = availabilityAt(availability, Date.parse(iso));
  return status.kind === 'open'
    ? { kind: 'open', replyMinutes: status.replyMinutes, closesAt: status.closesAt?.toISOString() ?? null }
    : { kind: 'away', backAt: status.backAt?.toISOString() ?? null };
}
const open = (closesAt: string) => ({ kind: 'open', replyMinutes: 120, closesAt });
const away = (backAt: string | null) => ({ kind: 'away', backAt });

// Berlin: Monday to Friday 09:00-17:00, Saturday 10:00-14:00, closed on Sunday.
const berlin = hours('Europe/Berlin', [
  ...weekdays('09:00', '17:00'),
  { day: 6, opens: '10:00', closes: '14:00' },
]);
// New York: Monday to Friday 09:00-17:00.
const newYork = hours('America/New_York', weekdays('09:00', '17:00'));

describe('availabilityAt', () => {
  it('is always open, with no reply time, when the backend has no business hours', () => {
    expect(at(null, '2026-01-04T03:00:00Z')).toEqual({ kind: 'open', replyMinutes: null, closesAt: null });
  });

  it.each([
    ['Monday 09:00 in winter (CET, UTC+1)', '2026-01-05T08:00:00Z', open('2026-01-05T16:00:00.000Z')],
    ['Monday a minute before opening', '2026-01-05T07:59:00Z', away('2026-01-05T08:00:00.000Z')],
    ['Monday at closing time', '2026-01-05T16:00:00Z', away('2026-01-06T08:00:00.000Z')],
    [
      'Friday evening: the short Saturday opening is next',
      '2026-01-09T19:00:00Z',
      away('2026-01-10T09:00:00.000Z'),
    ],
    [
      'Saturday afternoon: closed across Sunday until Monday',
      '2026-01-10T14:00:00Z',
      away('2026-01-12T08:00:00.000Z'),
    ],
    ['Sunday just before midnight', '2026-01-11T22:59:00Z', away('2026-01-12T08:00:00.000Z')],
    ['Monday 09:00 in summer (CEST, UTC+2)', '2026-07-06T07:00:00Z', open('2026-07-06T15:00:00.000Z')],
    [
      'Monday 08:30 in summer, although 07:30 UTC would be open in winter',
      '2026-07-06T06:30:00Z',
      away('2026-07-06T07:00:00.000Z'),
    ],
  ])('Berlin: %s', (_case, now, expected) => {
    expect(at(berlin, now)).toEqual(expected);
  });

  it('crosses the spring change in Berlin: closed on Saturday in CET, opens on Monday in CEST', () => {
    // The clocks go forward on Sunday 29 March 2026, 02:00 → 03:00.
    expect(at(berlin, '2026-03-28T15:00:00Z')).toEqual(away('2026-03-30T07:00:00.000Z'));
  });

  it('crosses the autumn change in Berlin: closed on Saturday in CEST, opens on Monday in CET', () => {
    // The clocks go back on Sunday 25 October 2026, 03:00 → 02:00.
    expect(at(berlin, '2026-10-24T12:30:00Z')).toEqual(away('2026-10-26T08:00:00.000Z'));
    expect(at(berlin, '2026-10-24T11:59:00Z')).toEqual(open('2026-10-24T12:00:00.000Z'));
  });

  it('opens at the first real moment after a time the spring change skips', () => {
    const sunday = hours('Europe/Berlin', [{ day: 7, opens: '02:30', closes: '04:00' }]);
    // 02:30 does not exist on 29 March 2026: the opening starts at 03:30 CEST (01:30 UTC).
    expect(at(sunday, '2026-03-28T12:00:00Z')).toEqual(away('2026-03-29T01:30:00.000Z'));
    expect(at(sunday, '2026-03-29T01:29:00Z').kind).toBe('away');
    expect(at(sunday, '2026-03-29T01:30:00Z')).toEqual(open('2026-03-29T02:00:00.000Z'));
  });

  it('opens the first time a time happens twice when the clocks go back', () => {
    const sunday = hours('Europe/Berlin', [{ day: 7, opens: '02:30', closes: '05:00' }]);
    // 02:30 happens in CEST (00:30 UTC), then again in CET (01:30 UTC) on 25 October 2026.
    expect(at(sunday, '2026-10-24T12:00:00Z')).toEqual(away('2026-10-25T00:30:00.000Z'));
    // The night is an hour longer: 02:30 CEST to 05:00 CET is three and a half hours.
    expect(at(sunday, '2026-10-25T03:59:00Z')).toEqual(open('2026-10-25T04:00:00.000Z'));
  });

  it.each([
    ['winter (EST, UTC-5)', '2026-01-05T14:00:00Z', open('2026-01-05T22:00:00.000Z')],
    ['summer (EDT, UTC-4)', '2026-07-06T13:00:00Z', open('2026-07-06T21:00:00.000Z')],
    // Between the American and European changes, New York is 4 hours behind London instead of 5.
    [
      'the week after the US change, before Europe changes',
      '2026-03-09T13:00:00Z',
      open('2026-03-09T21:00:00.000Z'),
    ],
    ['an hour before opening on that Monday', '2026-03-09T12:00:00Z', away('2026-03-09T13:00:00.000Z')],
  ])('New York follows its own daylight saving time: Monday 09:00 in %s', (_case, now, expected) => {
    expect(at(newYork, now)).toEqual(expected);
  });

  it('gives an instant that visitors far from the team see in their own time zone', () => {
    // 04:00 on Monday 12 January 2026 in New York: the team opens at 09:00 there.
    const status = at(newYork, '2026-01-12T09:00:00Z');
    expect(status).toEqual(away('2026-01-12T14:00:00.000Z'));
    const local = (timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date((status as { backAt: string }).backAt));
    // Tokyo: back at 23:00 the same Monday; Auckland (UTC+13 in its summer): 03:00 on Tuesday; Honolulu: 04:00.
    expect([local('Asia/Tokyo'), local('Pacific/Auckland'), local('Pacific/Honolulu')]).toEqual([
      'Mon 23:00',
      'Tue 03:00',
      'Mon 04:00',
    ]);
  });

  it('counts the real length of a night shift across the spring change in New York', () => {
    // Sunday 00:00-06:00 on 8 March 2026: the clocks skip 02:00-03:00, so it lasts 5 hours.
    const night = hours('America/New_York', [{ day: 7, opens: '00:00', closes: '06:00' }]);
    expect(at(night, '2026-03-08T05:00:00Z')).toEqual(open('2026-03-08T10:00:00.000Z'));
    expect(at(night, '2026-03-08T10:00:00Z')).toEqual(away('2026-03-15T04:00:00.000Z'));
  });

  it('runs hours past midnight when they close before they open', () => {
    const late = hours('Europe/Berlin', [{ day: 5, opens: '22:00', closes: '02:00' }]);
    // Saturday 01:00 in Berlin is within Friday's hours.
    expect(at(late, '2026-01-10T00:00:00Z')).toEqual(open('2026-01-10T01:00:00.000Z'));
    expect(at(late, '2026-01-10T01:00:00Z')).toEqual(away('2026-01-16T21:00:00.000Z'));
  });

  it('joins adjacent hours into one opening, and several hours of one day stay apart', () => {
    const split = hours('Europe/Berlin', [
      { day: 1, opens: '20:00', closes: '24:00' },
      { day: 2, opens: '00:00', closes: '08:00' },
      { day: 2, opens: '13:00', closes: '17:00' },
    ]);
    expect(at(split, '2026-01-05T20:00:00Z')).toEqual(open('2026-01-06T07:00:00.000Z'));
    expect(at(split, '2026-01-06T07:00:00Z')).toEqual(away('2026-01-06T12:00:00.000Z'));
  });

  it('finds an opening a whole week away', () => {
    const mondays = hours('Europe/Berlin', [{ day: 1, opens: '09:00', closes: '10:00' }]);
    expect(at(mondays, '2026-01-05T09:00:00Z')).toEqual(away('2026-01-12T08:00:00.000Z'));
  });

  it('is away with no opening in sight when no day has hours', () => {
    expect(at(hours('Europe/Berlin', []), '2026-01-05T09:00:00Z')).toEqual(away(null));
  });

  it('falls back to what the server computed when the runtime does not know the time zone', () => {
    const unknown: Availability = {
      ...hours('Mars/Olympus_Mons', weekdays('09:00', '17:00')),
      isOpen: false,
      nextOpensAt: '2026-01-05T08:00:00.000Z',
    };
    expect(at(unknown, '2026-01-05T07:00:00Z')).toEqual(away('2026-01-05T08:00:00.000Z'));
    expect(at({ ...unknown, isOpen: true, nextOpensAt: null }, '2026-01-05T07:00:00Z')).toEqual({
      kind: 'open',
      replyMinutes: 120,
      closesAt: null,
    });
  });
});
