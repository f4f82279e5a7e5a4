import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiateLocale';

const available = ['en', 'zh-Hans', 'zh-Hant'];

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['en', 'en'],
    ['EN', 'en'],
    ['zh-hant', 'zh-Hant'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['ja', 'en'],
    ['%%%', 'en'],
  ])('picks the right locale for %s', (requested, expected) => {
    expect(negotiateLocale(requested, available, 'en')).toBe(expected);
  });

  it('falls back to the default locale rather than another script', () => {
    expect(negotiateLocale('zh-TW', ['en', 'zh-Hans'], 'en')).toBe('en');
  });

  it('uses the given default, not the first locale', () => {
    expect(negotiateLocale('fr', available, 'zh-Hant')).toBe('zh-Hant');
  });
});
