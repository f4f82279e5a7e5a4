import { describe, expect, it } from 'vitest';
import { buildSnippet } from './buildSnippet';

const marked = ({ text, highlights }: ReturnType<typeof buildSnippet>): string[] =>
  highlights.map(({ start, end }) => text.slice(start, end));

const long = `${'Welcome to the help center. '.repeat(6)}If a payment failed, you can ask for a refund within 30 days. Refunds take five business days. ${'Other text follows here. '.repeat(8)}`;

describe('buildSnippet', () => {
  it('returns a short text whole, with its highlights', () => {
    const snippet = buildSnippet('Reset your Password\nthen sign in.', 'pass');
    expect(snippet).toEqual({
      text: 'Reset your Password then sign in.',
      highlights: [{ start: 11, end: 19 }],
    });
  });

  it('cuts a window around the matches, with … at both cut ends', () => {
    const snippet = buildSnippet(long, 'refund');
    expect(snippet.text.length).toBeLessThanOrEqual(160);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(marked(snippet)).toEqual(['refund', 'Refunds']);
    // Cuts fall between words.
    expect(snippet.text).toMatch(/^…\S/);
    expect(long).toContain(snippet.text.slice(1, -1));
    expect(long.split(' ')).toContain(snippet.text.slice(1).split(' ')[0]);
  });

  it('respects maxLength', () => {
    for (const maxLength of [20, 40, 60, 100]) {
      const snippet = buildSnippet(long, 'refund', maxLength);
      expect(snippet.text.length).toBeLessThanOrEqual(maxLength);
      expect(marked(snippet)).toContain('refund');
    }
  });

  it('prefers the window with the most distinct terms', () => {
    const text = `${'refund '.repeat(30)}${'filler '.repeat(30)}payment refund here. ${'filler '.repeat(30)}`;
    const snippet = buildSnippet(text, 'payment refund', 60);
    expect(marked(snippet)).toContain('payment');
    expect(marked(snippet)).toContain('refund');
  });

  it('starts at the beginning, with … only at the end, when nothing matches', () => {
    const snippet = buildSnippet(long, 'zebra', 50);
    expect(snippet.text.startsWith('Welcome to the help center.')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights).toEqual([]);
  });

  it('has no leading … when the match is near the start', () => {
    const snippet = buildSnippet(`Refunds are quick. ${'More words here. '.repeat(20)}`, 'refund', 60);
    expect(snippet.text.startsWith('Refunds')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights).toEqual([{ start: 0, end: 7 }]);
  });

  it('highlights with prefix matching', () => {
    const snippet = buildSnippet(
      `${'Filler text. '.repeat(20)}Change your Password today. ${'Filler. '.repeat(20)}`,
      'pass',
    );
    expect(marked(snippet)).toEqual(['Password']);
  });

  it('handles CJK text, highlighting substrings', () => {
    const text = `${'這是一段說明文字。'.repeat(10)}如果忘記密碼，請重設密碼。${'其他內容。'.repeat(10)}`;
    const snippet = buildSnippet(text, '密碼', 40);
    expect(snippet.text.length).toBeLessThanOrEqual(40);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(marked(snippet)).toEqual(['密碼', '密碼']);
  });

  it('merges adjacent highlights and keeps them sorted and disjoint', () => {
    const snippet = buildSnippet(`${'文字'.repeat(50)}密碼密碼重設${'文字'.repeat(50)}`, '密碼 重設', 30);
    expect(marked(snippet)).toEqual(['密碼密碼重設']);
    const { highlights } = buildSnippet(long, 'refund payment days', 160);
    for (let i = 1; i < highlights.length; i++) {
      expect(highlights[i]!.start).toBeGreaterThan(highlights[i - 1]!.end);
    }
  });

  it('indexes highlights in UTF-16 units of the returned text', () => {
    const text = `${'𠮷'.repeat(100)} password ${'𠮷'.repeat(100)}`;
    const snippet = buildSnippet(text, 'password', 30);
    expect(marked(snippet)).toEqual(['password']);
    expect(snippet.text).not.toMatch(/^…[\udc00-\udfff]/);
    expect(snippet.text).not.toMatch(/[\ud800-\udbff]…$/);
  });
});
