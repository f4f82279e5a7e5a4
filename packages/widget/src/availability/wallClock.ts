/**
 * Reads instants as wall-clock times in a time zone: the returned function gives, for an instant (epoch ms),
 * the time a clock in `timeZone` shows then, written as if that clock were UTC (epoch ms, to the minute).
 * Daylight saving time is followed through `Intl`, so no time zone data ships with the widget.
 *
 * @param timeZone an IANA time zone; the runtime's own (the visitor's) when omitted.
 * @throws {RangeError} when `timeZone` is not a time zone the runtime knows.
 * @example
 * ```ts
 * wallClock('Europe/Berlin')(Date.parse('2026-07-01T10:00:00Z')); // Date.parse('2026-07-01T12:00:00Z')
 * ```
 * @internal
 */
export function wallClock(timeZone?: string): (instant: number) => number {
  // One formatter per call site: building one costs far more than formatting with it.
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  return (instant) => {
    const part: Record<string, number> = {};
    for (const { type, value } of format.formatToParts(instant)) part[type] = +value;
    // Some engines still write midnight as 24 with h23.
    return Date.UTC(part.year!, part.month! - 1, part.day, part.hour! % 24, part.minute);
  };
}
