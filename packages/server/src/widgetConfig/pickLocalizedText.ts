import { negotiateLocale } from './negotiateLocale';
import type { LocalizedText } from './Widget';

/**
 * The text of a {@link LocalizedText} for a locale: the best match by {@link negotiateLocale} (so `zh-TW`
 * finds `zh-Hant`), else the widget's default locale, else the first text there is.
 * @internal
 */
export function pickLocalizedText(text: LocalizedText, locale: string, defaultLocale: string): string {
  const locales = Object.keys(text);
  const fallback = locales.find((tag) => tag.toLowerCase() === defaultLocale.toLowerCase()) ?? locales[0];
  const chosen = negotiateLocale(locale, locales, fallback ?? '');
  return text[chosen] ?? '';
}
