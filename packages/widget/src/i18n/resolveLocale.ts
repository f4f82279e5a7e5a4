import { matchLanguage } from './matchLanguage';
import type { WidgetLanguage } from './widgetLanguages';

/** The language the widget shows, from {@link resolveLocale}. */
export interface ResolvedLocale {
  /** The catalog of texts to show. */
  language: WidgetLanguage;
  /**
   * The tag dates, times and numbers are formatted with: the matched tag itself, so `en-GB` keeps its
   * day-month order and `zh-TW` its calendar conventions, while the texts come from `language`.
   */
  locale: string;
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
}

/**
 * Chooses the widget's language. The first of these that the widget speaks wins:
 *
 * 1. `requested`: the `locale` option (or `data-locale` of the script tag);
 * 2. the host page's `<html lang>`;
 * 3. the browser's preferred languages, in order (`navigator.languages`);
 * 4. English.
 *
 * A tag the widget does not speak (say `pt-BR`) is skipped rather than shown in English, so a
 * Portuguese page in a German browser gets German. Read at call time; safe without a DOM.
 *
 * @example
 * ```ts
 * resolveLocale('zh-TW'); // { language: 'zh-Hant', locale: 'zh-TW', dir: 'ltr' }
 * ```
 */
export function resolveLocale(requested?: string): ResolvedLocale {
  const found =
    pick([requested, typeof document === 'undefined' ? '' : document.documentElement.lang]) ??
    // Looked at only when the setting and the page say nothing the widget speaks: the first use of
    // `navigator` costs the page's heap some 16 kB.
    pick(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
  return found ?? { language: 'en', locale: 'en', dir: 'ltr' };
}

/** The first of `tags` the widget speaks, resolved. */
function pick(tags: readonly (string | undefined)[]): ResolvedLocale | undefined {
  for (const tag of tags) {
    const language = tag ? matchLanguage(tag) : undefined;
    if (tag && language) {
      return { language, locale: canonicalTag(tag) ?? language, dir: language === 'ar' ? 'rtl' : 'ltr' };
    }
  }
  return undefined;
}

/** The tag as `Intl` spells it, or `undefined` when `Intl` rejects it (`en-`, `zh__TW`). */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
