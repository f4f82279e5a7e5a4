import { negotiateLocale } from '../widgetConfig/negotiateLocale';

/**
 * Picks which of the locales something exists in to show: the requested one, or one of the same language
 * and script (`zh-TW` → `zh-Hant`), else `fallback` when it is available, else the first available one.
 *
 * @param requested - The locale asked for, if any.
 * @param available - The locales there is content in.
 * @param fallback - The widget's default locale.
 * @returns One of `available`; `undefined` only when `available` is empty.
 * @example
 * ```ts
 * pickLocale('zh-TW', ['en', 'zh-Hant'], 'en'); // 'zh-Hant'
 * pickLocale('fr', ['zh-Hans', 'zh-Hant'], 'en'); // 'zh-Hans'
 * ```
 * @internal
 */
export function pickLocale(
  requested: string | undefined,
  available: readonly string[],
  fallback: string | undefined,
): string | undefined {
  const first = available[0];
  if (first === undefined) return undefined;
  const otherwise = fallback !== undefined && available.includes(fallback) ? fallback : first;
  return negotiateLocale(requested, available, otherwise);
}
