import { describe, expect, it } from 'vitest';
import { splitHighlights } from './splitHighlights';

const marked = (text: string, highlights: { start: number; end: number }[]) =>
  splitHighlights(text, highlights)
    .map((part) => (part.highlighted ? `[${part.text}]` : part.text))
    .join('');

describe('splitHighlights()', () => {
  it('cuts the text at the ranges the server sends', () => {
    expect(splitHighlights('Reset your password', [{ start: 11, end: 19 }])).toEqual([
      { text: 'Reset your ', highlighted: false },
      { text: 'password', highlighted: true },
    ]);
    expect(
      marked('Reset your password', [
        { start: 0, end: 5 },
        { start: 11, end: 19 },
      ]),
    ).toBe('[Reset] your [password]');
  });

  it('highlights CJK and Arabic by UTF-16 ranges', () => {
    expect(marked('如何重設密碼', [{ start: 4, end: 6 }])).toBe('如何重設[密碼]');
    expect(marked('إعادة تعيين كلمة المرور', [{ start: 12, end: 16 }])).toBe('إعادة تعيين [كلمة] المرور');
  });

  it('sorts, clamps and de-overlaps ranges, and skips empty or nonsense ones', () => {
    expect(
      marked('abcdefgh', [
        { start: 6, end: 99 },
        { start: 0, end: 2 },
      ]),
    ).toBe('[ab]cdef[gh]');
    expect(
      marked('abcdefgh', [
        { start: 1, end: 5 },
        { start: 3, end: 7 },
      ]),
    ).toBe('a[bcde][fg]h');
    expect(
      marked('abcdefgh', [
        { start: 2, end: 4 },
        { start: 2, end: 3 },
      ]),
    ).toBe('ab[cd]efgh');
    expect(
      marked('abc', [
        { start: -5, end: 1 },
        { start: 2, end: 2 },
        { start: 3, end: 1 },
        { start: 50, end: 60 },
      ]),
    ).toBe('[a]bc');
    expect(marked('abc', [{ start: Number.NaN, end: 2 }])).toBe('abc');
  });

  it('keeps every character exactly once, markup included', () => {
    const text = '<img src=x onerror=alert(1)> & &amp; <b>bold</b>';
    const parts = splitHighlights(text, [
      { start: 1, end: 4 },
      { start: 30, end: 35 },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(splitHighlights('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
