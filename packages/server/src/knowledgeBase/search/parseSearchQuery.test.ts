import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './parseSearchQuery';

describe('parseSearchQuery', () => {
  it('makes the last word a prefix and the others exact', () => {
    expect(parseSearchQuery('sync dev')).toEqual([
      { term: 'sync', prefix: false },
      { term: 'dev', prefix: true },
    ]);
    expect(parseSearchQuery('Passwords')).toEqual([{ term: 'password', prefix: true }]);
  });

  it('makes CJK bigrams exact, and the last alphabetic word a prefix wherever it is', () => {
    expect(parseSearchQuery('密碼')).toEqual([{ term: '密碼', prefix: false }]);
    expect(parseSearchQuery('pass 重設密碼')).toEqual([
      { term: 'pass', prefix: true },
      { term: '重設', prefix: false },
      { term: '設密', prefix: false },
      { term: '密碼', prefix: false },
    ]);
  });

  it('removes duplicates', () => {
    expect(parseSearchQuery('reset reset RESET')).toEqual([
      { term: 'reset', prefix: false },
      { term: 'reset', prefix: true },
    ]);
    expect(parseSearchQuery('密碼密碼')).toEqual([
      { term: '密碼', prefix: false },
      { term: '碼密', prefix: false },
    ]);
  });

  it('reads operators and quotes as text', () => {
    expect(parseSearchQuery('"a" OR -b*')).toEqual([
      { term: 'a', prefix: false },
      { term: 'or', prefix: false },
      { term: 'b', prefix: true },
    ]);
    expect(parseSearchQuery('NEAR(')).toEqual([{ term: 'near', prefix: true }]);
    expect(parseSearchQuery('"*:()-')).toEqual([]);
    expect(parseSearchQuery('')).toEqual([]);
  });
});
