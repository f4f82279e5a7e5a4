import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveLocale } from './resolveLocale';

function browserLanguages(languages: string[] | undefined, language = 'en-US') {
  vi.stubGlobal('navigator', { languages, language });
}

describe('resolveLocale', () => {
  beforeEach(() => {
    document.documentElement.lang = '';
    browserLanguages([]);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.lang = '';
  });

  it('takes the locale option first', () => {
    document.documentElement.lang = 'fr';
    browserLanguages(['de-DE']);
    expect(resolveLocale('ja-JP')).toEqual({ language: 'ja', locale: 'ja-JP', dir: 'ltr' });
  });

  it('then the host page’s <html lang>', () => {
    document.documentElement.lang = 'zh-TW';
    browserLanguages(['de-DE']);
    expect(resolveLocale()).toEqual({ language: 'zh-Hant', locale: 'zh-TW', dir: 'ltr' });
  });

  it('then the browser’s languages, in order, skipping those the widget does not speak', () => {
    browserLanguages(['pt-BR', 'de-AT', 'fr']);
    expect(resolveLocale()).toEqual({ language: 'de', locale: 'de-AT', dir: 'ltr' });
  });

  it('skips an option and a page language the widget does not speak', () => {
    document.documentElement.lang = 'ko';
    browserLanguages(['es-419']);
    expect(resolveLocale('pt-BR')).toEqual({ language: 'es', locale: 'es-419', dir: 'ltr' });
  });

  it('falls back to English', () => {
    document.documentElement.lang = 'ko';
    browserLanguages(['pt-BR', 'it']);
    expect(resolveLocale('he')).toEqual({ language: 'en', locale: 'en', dir: 'ltr' });
  });

  it('uses navigator.language where navigator.languages is missing', () => {
    browserLanguages(undefined, 'fr-BE');
    expect(resolveLocale()).toEqual({ language: 'fr', locale: 'fr-BE', dir: 'ltr' });
  });

  it('sets right-to-left for Arabic', () => {
    expect(resolveLocale('ar-EG')).toEqual({ language: 'ar', locale: 'ar-EG', dir: 'rtl' });
  });

  it('canonicalizes the formatting tag, and falls back to the language when Intl rejects it', () => {
    expect(resolveLocale('en_gb').locale).toBe('en-GB');
    expect(resolveLocale('zh-hant-tw').locale).toBe('zh-Hant-TW');
    expect(resolveLocale('de-').locale).toBe('de');
  });

  it('works without a DOM (server rendering)', () => {
    vi.stubGlobal('document', undefined);
    vi.stubGlobal('navigator', undefined);
    expect(resolveLocale('fr').language).toBe('fr');
    expect(resolveLocale().language).toBe('en');
  });
});
