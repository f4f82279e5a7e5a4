import { Availability } from '@parley/contract';
import { describe, expect, it } from 'vitest';
import { lumenBusinessHours } from '../seed/lumenHelpCentre';
import { expectContract } from '../testing/createTestEngine';
import { computeAvailability } from './computeAvailability';
import type { WidgetBusinessHours } from './Widget';

// Lumen: Monday to Friday 09:00-17:30 and Saturday 10:00-14:00, Europe/London; closed on Sunday.
const london: WidgetBusinessHours = lumenBusinessHours;

function at(hours: WidgetBusinessHours, iso: string) {
  const availability = computeAvailability(hours, Date.parse(iso));
  expectContract(Availability, availability);
  return { isOpen: availability.isOpen, nextOpensAt: availability.nextOpensAt };
}

describe('computeAvailability', () => {
  it.each([
    ['Monday morning in winter (GMT)', '2026-11-02T10:00:00Z', true, null],
    ['Monday at opening time', '2026-11-02T09:00:00Z', true, null],
    ['Monday a minute before opening', '2026-11-02T08:59:00Z', false, '2026-11-02T09:00:00.000Z'],
    ['Monday at closing time', '2026-11-02T17:30:00Z', false, '2026-11-03T09:00:00.000Z'],
    ['Friday evening', '2026-11-06T20:00:00Z', false, '2026-11-07T10:00:00.000Z'],
    ['Saturday before the short opening', '2026-11-07T09:00:00Z', false, '2026-11-07T10:00:00.000Z'],
    ['Saturday noon', '2026-11-07T12:00:00Z', true, null],
    ['Saturday afternoon, closed until Monday', '2026-11-07T15:00:00Z', false, '2026-11-09T09:00:00.000Z'],
    ['Sunday, closed all day', '2026-11-08T12:00:00Z', false, '2026-11-09T09:00:00.000Z'],
    ['Sunday just before midnight', '2026-11-08T23:59:00Z', false, '2026-11-09T09:00:00.000Z'],
  ])('%s', (_case, now, isOpen, nextOpensAt) => {
    expect(at(london, now)).toEqual({ isOpen, nextOpensAt });
  });

  it('follows British Summer Time: 09:00 in London is 08:00 UTC in summer', () => {
    expect(at(london, '2026-07-06T08:30:00Z')).toEqual({ isOpen: true, nextOpensAt: null });
    expect(at(london, '2026-07-06T16:45:00Z')).toEqual({
      isOpen: false,
      nextOpensAt: '2026-07-07T08:00:00.000Z',
    });
  });

  it('crosses the spring change: closed Saturday in GMT, opens Monday in BST', () => {
    // The clocks go forward on Sunday 28 March 2027.
    expect(at(london, '2027-03-27T15:00:00Z')).toEqual({
      isOpen: false,
      nextOpensAt: '2027-03-29T08:00:00.000Z',
    });
  });

  it('crosses the autumn change: closed Saturday in BST, opens Monday in GMT', () => {
    // The clocks go back on Sunday 25 October 2026.
    expect(at(london, '2026-10-24T12:30:00Z')).toEqual({ isOpen: true, nextOpensAt: null });
    expect(at(london, '2026-10-24T13:30:00Z')).toEqual({
      isOpen: false,
      nextOpensAt: '2026-10-26T09:00:00.000Z',
    });
  });

  it('opens at the first real moment after a time the spring change skips', () => {
    const night: WidgetBusinessHours = {
      timeZone: 'Europe/London',
      weekly: [{ day: 7, opens: '01:30', closes: '05:00' }],
      expectedReplyMinutes: 5,
    };
    // 01:30 does not exist on 28 March 2027; 01:30 GMT reads as 02:30 BST.
    expect(at(night, '2027-03-28T00:00:00Z')).toEqual({
      isOpen: false,
      nextOpensAt: '2027-03-28T01:30:00.000Z',
    });
    expect(at(night, '2027-03-28T03:59:00Z')).toEqual({ isOpen: true, nextOpensAt: null });
    expect(at(night, '2027-03-28T04:00:00Z').isOpen).toBe(false);
  });

  it('keeps a day that lasts 25 hours open all day when it closes at 24:00', () => {
    const allDay: WidgetBusinessHours = {
      timeZone: 'Europe/London',
      weekly: [{ day: 7, opens: '00:00', closes: '24:00' }],
      expectedReplyMinutes: 5,
    };
    // Sunday 25 October 2026 runs from 23:00 UTC on Saturday to 00:00 UTC on Monday.
    expect(at(allDay, '2026-10-24T22:59:00Z').isOpen).toBe(false);
    expect(at(allDay, '2026-10-24T23:00:00Z').isOpen).toBe(true);
    expect(at(allDay, '2026-10-25T23:59:00Z').isOpen).toBe(true);
    expect(at(allDay, '2026-10-26T00:00:00Z')).toEqual({
      isOpen: false,
      nextOpensAt: '2026-11-01T00:00:00.000Z',
    });
  });

  it('uses the zone of the hours, not of the server: Shanghai days start at 16:00 UTC', () => {
    const shanghai: WidgetBusinessHours = {
      timeZone: 'Asia/Shanghai',
      weekly: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, opens: '09:00', closes: '18:00' })),
      expectedReplyMinutes: 30,
    };
    // Monday 2 November 2026, 20:00 UTC is Tuesday 04:00 in Shanghai.
    expect(at(shanghai, '2026-11-02T20:00:00Z')).toEqual({
      isOpen: false,
      nextOpensAt: '2026-11-03T01:00:00.000Z',
    });
    // Friday 18:00 in Shanghai: next is Monday 09:00, 01:00 UTC.
    expect(at(shanghai, '2026-11-06T10:00:00Z').nextOpensAt).toBe('2026-11-09T01:00:00.000Z');
  });

  it('has two openings a day with a lunch break', () => {
    const split: WidgetBusinessHours = {
      timeZone: 'America/New_York',
      weekly: [
        { day: 1, opens: '13:00', closes: '17:00' },
        { day: 1, opens: '09:00', closes: '12:00' },
      ],
      expectedReplyMinutes: 60,
    };
    // Monday 2 November 2026 in New York is EST (UTC-5).
    expect(at(split, '2026-11-02T17:30:00Z')).toEqual({
      isOpen: false,
      nextOpensAt: '2026-11-02T18:00:00.000Z',
    });
    expect(at(split, '2026-11-02T15:00:00Z').isOpen).toBe(true);
  });

  it('is never open and never opens when no day has hours', () => {
    const closed: WidgetBusinessHours = { timeZone: 'Europe/London', weekly: [], expectedReplyMinutes: 0 };
    expect(at(closed, '2026-11-02T10:00:00Z')).toEqual({ isOpen: false, nextOpensAt: null });
  });

  it('repeats the hours, time zone and reply time it was given', () => {
    const availability = computeAvailability(london, Date.parse('2026-11-02T10:00:00Z'));
    expect(availability).toMatchObject({
      timeZone: 'Europe/London',
      weekly: london.weekly,
      expectedReplyMinutes: 120,
    });
  });
});
