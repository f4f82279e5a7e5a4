/**
 * Full-jitter exponential backoff: a random wait between 0 and `min(maxMs, baseMs × 2^failures)`, so that
 * many clients dropped at once by a restarting server do not all come back at the same moment.
 * @param failures how many attempts in a row have failed before this wait (0 for the first wait).
 * @param random a number in [0, 1) (`Math.random` outside tests).
 * @internal
 */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** failures));
}
