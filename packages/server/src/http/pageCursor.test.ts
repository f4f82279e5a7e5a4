import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, isPosition } from './pageCursor';

describe('page cursors', () => {
  it('round-trip JSON objects as URL-safe text', () => {
    for (const value of [
      { o: 10, f: 'ab12' },
      { c: 'col_x', p: 3, i: 'art_密碼_😀' },
      { l: 'tickets', t: 1, s: 2 },
    ]) {
      const cursor = encodeCursor(value);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(value);
    }
  });

  it('decodes anything else to undefined without throwing', () => {
    const notObjects = [[1, 'x'], 'text', 42, null].map((value) =>
      btoa(JSON.stringify(value)).replaceAll('=', ''),
    );
    for (const text of ['', 'a', '!!', '%%%', 'eyJv', 'x'.repeat(600), btoa('\xff\xfe'), ...notObjects]) {
      expect(decodeCursor(text)).toBeUndefined();
    }
  });

  it('accepts only positive safe integers as positions', () => {
    expect([1, 2 ** 53 - 1].every(isPosition)).toBe(true);
    expect([0, -1, 1.5, 2 ** 53, '3', null].some(isPosition)).toBe(false);
  });
});
