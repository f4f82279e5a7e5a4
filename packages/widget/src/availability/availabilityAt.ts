import type { Availability } from '@parley/core';
import { wallClock } from './wallClock';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/**
 * Whether the team answers now, as data for the home view and the launcher (the words are the catalogs').
 * - `open`: within business hours (or the backend has none). `replyMinutes` is the typical first reply time,
 *   `null` when the backend says nothing about it; `closesAt` is when this opening ends, `null` when never.
 * - `away`: outside business hours. `backAt` is the next opening (within a week), to be shown in the
 *   visitor's own time zone; `null` when no day has hours.
 */
export type AvailabilityStatus =
  | { readonly kind: 'open'; readonly replyMinutes: number | null; readonly closesAt: Date | null }
  | { readonly kind: 'away'; readonly backAt: Date | null };

/**
 * Where the team stands at an instant, from the config's weekly hours in the team's IANA time zone.
 * Computed here rather than read from `isOpen` and `nextOpensAt`, which were true when the config was
 * served: a page stays open across openings and closings.
 *
 * Daylight saving time in the team's zone is followed: an opening at a time the clocks skip starts at the
 * first real moment after it (02:30 on the spring-forward night is 03:30), one at a time that happens twice
 * starts the first time. Hours whose `closes` is not after `opens` run past midnight into the next day
 * (`22:00`-`02:00`; `00:00`-`00:00` is a whole day). Adjacent hours (Monday until `24:00`, Tuesday from
 * `00:00`) make one opening. In a runtime that does not know the time zone, the served `isOpen` and
 * `nextOpensAt` are used.
 *
 * @param availability the config's `availability`; `null` (no business hours) is always open.
 * @param now the instant, in epoch ms.
 * @example
 * ```ts
 * const status = availabilityAt(config.availability, Date.now());
 * if (status.kind === 'away' && status.backAt) showBackAt(status.backAt);
 * ```
 */
export function availabilityAt(availability: Availability | null, now: number): AvailabilityStatus {
  if (!availability) return { kind: 'open', replyMinutes: null, closesAt: null };
  const { timeZone, isOpen, nextOpensAt, expectedReplyMinutes: replyMinutes } = availability;
  let wall: (instant: number) => number;
  try {
    wall = wallClock(timeZone);
  } catch {
    // A zone this runtime does not know: what the server computed when it served the config is all there is.
    return isOpen
      ? { kind: 'open', replyMinutes, closesAt: null }
      : { kind: 'away', backAt: nextOpensAt ? new Date(nextOpensAt) : null };
  }
  const offset = (instant: number) => wall(instant) - (instant - (instant % MINUTE));
  /** The instant a wall-clock time (written as UTC) happens in the team's zone. */
  const instant = (time: number) => {
    // The offsets a day before and after cover one change at most: try both, as Temporal's `compatible`.
    const before = time - offset(time - DAY);
    const after = time - offset(time + DAY);
    const happens = (t: number) => wall(t) === time;
    return happens(before) && happens(after) ? Math.min(before, after) : happens(after) ? after : before;
  };
  const minutes = (hhmm: string) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3);

  const clock = wall(now);
  const today = clock - (clock % DAY);
  const spans: [number, number][] = [];
  // From yesterday (its hours may run past midnight) to eight days on (every weekday at least once).
  for (let days = -1; days < 9; days++) {
    const midnight = today + days * DAY;
    const weekday = new Date(midnight).getUTCDay() || 7;
    for (const { day, opens, closes } of availability.weekly) {
      if (day !== weekday) continue;
      const from = minutes(opens);
      const to = minutes(closes);
      spans.push([
        instant(midnight + from * MINUTE),
        instant(midnight + (to > from ? to : to + 1440) * MINUTE),
      ]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);

  let closesAt: number | undefined;
  let backAt: number | undefined;
  for (const [opens, closes] of spans) {
    if (closesAt === undefined ? opens <= now && now < closes : opens <= closesAt) {
      closesAt = Math.max(closesAt ?? 0, closes);
    } else if (opens > now) backAt ??= opens;
  }
  return closesAt === undefined
    ? { kind: 'away', backAt: backAt === undefined ? null : new Date(backAt) }
    : { kind: 'open', replyMinutes, closesAt: new Date(closesAt) };
}
