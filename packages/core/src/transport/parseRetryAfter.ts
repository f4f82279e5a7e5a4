/**
 * Reads a `Retry-After` value (delay in seconds, or an HTTP date) as milliseconds from `now`; `undefined`
 * when missing or unreadable.
 * @internal
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return +text * 1000;
  // Only an HTTP date ("Sun, 22 Nov 2026 12:00:30 GMT"): Date.parse alone reads "-5" as a year.
  const date = / GMT$/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
