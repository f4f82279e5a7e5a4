import { describe, expect, it } from 'vitest';
import { botSearchQueries } from './botSearchQueries';

describe('botSearchQueries', () => {
  it('keeps the topic words of a question, all together first, then each', () => {
    expect(botSearchQueries('How do I export my notes?')).toEqual(['export notes', 'export', 'notes']);
    expect(botSearchQueries("I can't sync on my iPhone")).toEqual(['sync iphone', 'sync', 'iphone']);
  });

  it('cuts Chinese into two-character words without particles', () => {
    expect(botSearchQueries('同步失败了')).toEqual(['同步 失败', '同步', '失败']);
    expect(botSearchQueries('請問怎麼匯出筆記？')).toEqual(['匯出 筆記', '匯出', '筆記']);
  });

  it('gives nothing to search for small talk, and at most six searches', () => {
    expect(botSearchQueries('Hi, can you help me?')).toEqual([]);
    expect(botSearchQueries('one two three four five six seven eight')).toHaveLength(6);
  });
});
