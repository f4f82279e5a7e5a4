import type { WidgetLanguage } from '../../i18n/widgetLanguages';
import { launcherLabels } from './launcherLabels';

/**
 * The language the widget will speak, chosen by the same rules as i18n/resolveLocale (the setting, the
 * page's `<html lang>`, the browser's languages, English; a tag the widget does not speak is skipped;
 * Chinese by script, then region), in fewer bytes for the loader. A test keeps the two in agreement.
 *
 * @param requested - The `locale` setting.
 * @example
 * ```ts
 * loaderLanguage('zh-TW'); // 'zh-Hant'
 * ```
 * @internal
 */
export function loaderLanguage(requested?: string): WidgetLanguage {
  return (
    pick([requested, document.documentElement.lang]) ??
    // Only when the setting and the page say nothing: the first use of `navigator` costs the heap 16 kB.
    pick(navigator.languages) ??
    'en'
  );
}

const pick = (tags: readonly (string | undefined)[]): WidgetLanguage | undefined => {
  for (const tag of tags) {
    const lower = `${tag}`.toLowerCase();
    const language = lower.split(/[-_]/)[0] as string;
    if (language === 'zh')
      return /hans/.test(lower) || !/[-_](hant|tw|hk|mo)\b/.test(lower) ? 'zh-Hans' : 'zh-Hant';
    if (language in launcherLabels) return language as WidgetLanguage;
  }
  return undefined;
};
