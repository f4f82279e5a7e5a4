import { describe, expect, it } from 'vitest';
import { decodePageCursor } from './decodePageCursor';
import { encodePageCursor } from './encodePageCursor';

describe('page cursors', () => {
  it('round-trip any JSON value as URL-safe text', () => {
    for (const value of [{ o: 10, f: 'ab12' }, { c: 'col_x', p: 3, i: 'art_密碼_😀' }, [1, 'x'], 'text']) {
      const cursor = encodePageCursor(value);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodePageCursor(cursor)).toEqual(value);
    }
  });

  it('decodes anything else to undefined without throwing', () => {
    for (const text of ['', 'a', '!!', '%%%', 'eyJv', 'x'.repeat(600), btoa('\xff\xfe')]) {
      expect(decodePageCursor(text)).toBeUndefined();
    }
  });
});
