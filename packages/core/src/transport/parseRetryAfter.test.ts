import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parseRetryAfter';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it('reads seconds', () => expect(parseRetryAfter('120', now)).toBe(120_000));
  it('reads an HTTP date relative to now', () =>
    expect(parseRetryAfter('Sun, 22 Nov 2026 12:00:30 GMT', now)).toBe(30_000));
  it('never returns a negative delay for a past date', () =>
    expect(parseRetryAfter('Sun, 22 Nov 2026 11:00:00 GMT', now)).toBe(0));
  it.each([null, '', 'soon', '-5'])('ignores %j', (value) =>
    expect(parseRetryAfter(value, now)).toBeUndefined(),
  );
});
