import { describe, expect, it } from 'vitest';
import { matchLanguage } from './matchLanguage';

describe('matchLanguage', () => {
  it.each([
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_tw', 'zh-Hant'],
    ['ZH-hk', 'zh-Hant'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
    ['de-CH', 'de'],
    ['ja-JP', 'ja'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    [' de ', 'de'],
  ])('matches %s to %s', (tag, language) => {
    expect(matchLanguage(tag)).toBe(language);
  });

  it.each(['pt-BR', 'ko', 'he', '', 'x', 'english', 'zhx'])('does not match %j', (tag) => {
    expect(matchLanguage(tag)).toBeUndefined();
  });
});
