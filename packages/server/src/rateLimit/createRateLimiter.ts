/** The verdict of {@link RateLimiter.take}. @internal */
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts hits per key in a sliding window. @internal */
export interface RateLimiter {
  /** Records a hit for `key` and says whether it is within the limit. */
  take(key: string): RateLimitVerdict;
  /** Says whether one more hit would be allowed, without recording it. */
  check(key: string): RateLimitVerdict;
  /** Forgets the hits of `key`. */
  reset(key: string): void;
}

/**
 * A sliding-window rate limiter in memory: at most `limit` hits per key within `windowMs`. Keys with no
 * recent hits are dropped, so memory stays bounded by the active keys.
 * @internal
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const since = now() - windowMs;
    const list = (hits.get(key) ?? []).filter((at) => at > since);
    if (list.length === 0) hits.delete(key);
    else hits.set(key, list);
    return list;
  };
  const verdict = (list: readonly number[]): RateLimitVerdict => {
    if (list.length < limit) return { allowed: true };
    const oldest = list[list.length - limit] ?? now();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000)) };
  };
  return {
    take(key) {
      const list = recent(key);
      const result = verdict(list);
      if (result.allowed) hits.set(key, [...list, now()]);
      return result;
    },
    check: (key) => verdict(recent(key)),
    reset(key) {
      hits.delete(key);
    },
  };
}
