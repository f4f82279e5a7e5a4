import { describe, expect, it } from 'vitest';
import { findHighlights } from './findHighlights';

const marked = (text: string, query: string): string[] =>
  findHighlights(text, query).map(({ start, end }) => text.slice(start, end));

describe('findHighlights', () => {
  it('highlights words that start with a query word, whatever the case and diacritics', () => {
    expect(findHighlights('Reset your Password', 'pass')).toEqual([{ start: 11, end: 19 }]);
    expect(marked('Café, CAFE, cafés', 'cafe')).toEqual(['Café', 'CAFE', 'cafés']);
    expect(marked('password', 'PASSWORDS')).toEqual(['password']);
  });

  it('matches at word starts only', () => {
    expect(marked('bypass the passage', 'pass')).toEqual(['passage']);
  });

  it('matches English inflections both ways', () => {
    expect(marked('Syncing, synced, sync, syncs.', 'sync')).toEqual(['Syncing', 'synced', 'sync', 'syncs']);
    expect(marked('We sync daily.', 'syncing')).toEqual(['sync']);
  });

  it('highlights CJK query runs as substrings', () => {
    expect(findHighlights('如何重設密碼？', '密碼')).toEqual([{ start: 4, end: 6 }]);
    expect(marked('パスワードとパスポート', 'パス')).toEqual(['パス', 'パス']);
    expect(marked('ﾊﾟｽﾜｰﾄﾞ', 'パスワード')).toEqual(['ﾊﾟｽﾜｰﾄﾞ']);
    expect(marked('重設密碼', '設定')).toEqual([]);
  });

  it('merges overlapping and touching ranges', () => {
    expect(findHighlights('密碼密碼', '密碼')).toEqual([{ start: 0, end: 4 }]);
    expect(findHighlights('ーーー', 'ーー')).toEqual([{ start: 0, end: 3 }]);
    expect(findHighlights('密碼reset', '密碼 reset')).toEqual([{ start: 0, end: 7 }]);
    expect(findHighlights('reset password', 'reset password')).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 14 },
    ]);
  });

  it('returns sorted ranges for several terms', () => {
    expect(marked('Refund your 密碼 payment', 'pay 密碼 refund')).toEqual(['Refund', '密碼', 'payment']);
  });

  it('highlights nothing for a query without terms', () => {
    expect(findHighlights('Reset your password', '')).toEqual([]);
    expect(findHighlights('Reset "your" password', '"*')).toEqual([]);
  });
});
