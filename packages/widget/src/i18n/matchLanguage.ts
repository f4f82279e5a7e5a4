import { type WidgetLanguage, widgetLanguages } from './widgetLanguages';

/** Regions that write Chinese in Traditional characters when the tag names no script. */
const traditionalChineseRegions = ['tw', 'hk', 'mo'];

/**
 * The widget language for a BCP 47 tag, or `undefined` when the widget does not speak it. Chinese goes by
 * script, then by region (`zh-TW`, `zh-HK`, `zh-MO` → `zh-Hant`; `zh`, `zh-CN`, `zh-SG` → `zh-Hans`);
 * every other language by its first subtag (`es-419` → `es`, `fr-CA` → `fr`). Case and `_` are tolerated.
 *
 * @example
 * ```ts
 * matchLanguage('zh-HK'); // 'zh-Hant'
 * matchLanguage('pt-BR'); // undefined
 * ```
 */
export function matchLanguage(tag: string): WidgetLanguage | undefined {
  const [language, ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === 'zh') {
    if (subtags.includes('hant')) return 'zh-Hant';
    if (subtags.includes('hans')) return 'zh-Hans';
    return subtags.some((subtag) => traditionalChineseRegions.includes(subtag)) ? 'zh-Hant' : 'zh-Hans';
  }
  return widgetLanguages.find((supported) => supported === language);
}
