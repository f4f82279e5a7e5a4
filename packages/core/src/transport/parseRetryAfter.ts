/**
 * Reads a `Retry-After` header (delay in seconds or an HTTP date) as milliseconds from `now`.
 * Returns `undefined` for a missing or unreadable value.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only an IMF-fixdate such as "Sun, 22 Nov 2026 12:00:30 GMT"; Date.parse alone accepts "-5" as a year.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
