import type { Availability } from '@parley/contract';
import type { WidgetBusinessHours } from './Widget';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time of an instant in a time zone, as if that wall clock were UTC (epoch ms). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    // Some engines still write midnight as 24 with h23.
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/**
 * The instant a wall-clock time (given as if it were UTC) happens in a zone. When the clocks go back the
 * time happens twice: the first is taken. When they go forward it does not happen at all: the time is
 * read with the offset from before the change, so 01:30 on the spring-forward night in London is 02:30
 * summer time, the moment such an opening really starts (as `Temporal`'s `compatible` does).
 */
function instantOf(wall: number, timeZone: string): number {
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  const candidates = [before, after].filter((instant) => wallClock(instant, timeZone) === wall);
  return candidates.length > 0 ? Math.min(...candidates) : before;
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Whether a team is open at an instant and, if not, when it next opens, from its weekly hours in its
 * own IANA time zone (via `Intl.DateTimeFormat`, so daylight saving time is followed: an opening at 09:00
 * London time is 09:00 UTC in winter and 08:00 UTC in summer).
 *
 * `nextOpensAt` is `null` while open, and when no day has hours; otherwise the next opening within a week,
 * as an ISO UTC string.
 *
 * @example
 * ```ts
 * // Saturday 15:00 in London, open Monday to Friday 09:00-17:30
 * computeAvailability(hours, Date.parse('2026-11-07T15:00:00Z'));
 * // { ..., isOpen: false, nextOpensAt: '2026-11-09T09:00:00.000Z' }
 * ```
 * @internal
 */
export function computeAvailability(hours: WidgetBusinessHours, now: number): Availability {
  const { timeZone, weekly, expectedReplyMinutes } = hours;
  const today = Math.floor(wallClock(now, timeZone) / DAY) * DAY;
  let isOpen = false;
  let nextOpensAt: number | undefined;
  // Yesterday too: its hours may run past midnight UTC. Eight days ahead covers every weekday at least once.
  for (let offset = -1; offset <= 8 && !isOpen; offset += 1) {
    const midnight = today + offset * DAY;
    const weekday = ((new Date(midnight).getUTCDay() + 6) % 7) + 1;
    for (const entry of weekly) {
      if (entry.day !== weekday) continue;
      const opens = instantOf(midnight + minutesOf(entry.opens) * MINUTE, timeZone);
      const closes = instantOf(midnight + minutesOf(entry.closes) * MINUTE, timeZone);
      if (opens <= now && now < closes) isOpen = true;
      else if (opens > now && (nextOpensAt === undefined || opens < nextOpensAt)) nextOpensAt = opens;
    }
  }
  return {
    timeZone,
    weekly: weekly.map(({ day, opens, closes }) => ({ day, opens, closes })),
    isOpen,
    nextOpensAt: isOpen || nextOpensAt === undefined ? null : new Date(nextOpensAt).toISOString(),
    expectedReplyMinutes,
  };
}
