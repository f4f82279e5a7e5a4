import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveLocale } from '../../i18n/resolveLocale';
import { loaderLanguage } from './loaderLanguage';

afterEach(() => {
  document.documentElement.lang = '';
  vi.unstubAllGlobals();
});

const tags = [
  'en',
  'en-GB',
  'de-CH',
  'fr_CA',
  'es-419',
  'ja-JP',
  'ar',
  'ar-EG',
  'zh',
  'zh-CN',
  'zh-SG',
  'zh-TW',
  'zh-HK',
  'zh-MO',
  'zh-Hant',
  'zh-Hans-HK',
  'zh-Hant-CN',
  'pt-BR',
  'nl',
  'EN-us',
];

describe('loaderLanguage', () => {
  it.each(tags)('chooses what resolveLocale chooses for the setting %s', (tag) => {
    expect(loaderLanguage(tag)).toBe(resolveLocale(tag).language);
  });

  it("goes on to the page's <html lang>, then to the browser's languages, skipping what the widget does not speak", () => {
    vi.stubGlobal('navigator', { languages: ['pt-BR', 'fr-FR', 'de'], language: 'pt-BR' });
    expect(loaderLanguage('nl')).toBe('fr');
    expect(loaderLanguage('nl')).toBe(resolveLocale('nl').language);
    document.documentElement.lang = 'ja';
    expect(loaderLanguage(undefined)).toBe('ja');
    expect(loaderLanguage(undefined)).toBe(resolveLocale(undefined).language);
    vi.stubGlobal('navigator', { languages: ['pt-BR'], language: 'pt-BR' });
    document.documentElement.lang = '';
    expect(loaderLanguage(undefined)).toBe('en');
  });
});
