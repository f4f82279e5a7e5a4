import type { WidgetLanguage } from '../../i18n/widgetLanguages';

/**
 * The launcher's accessible name in each language the widget speaks (`launcherLabel` of each catalog),
 * for the launcher the loader draws before any catalog has loaded. Kept equal to the catalogs by a test.
 * @internal
 */
export const launcherLabels: Record<WidgetLanguage, string> = {
  en: 'Help',
  'zh-Hans': '帮助',
  'zh-Hant': '說明',
  es: 'Ayuda',
  fr: 'Aide',
  de: 'Hilfe',
  ja: 'ヘルプ',
  ar: 'المساعدة',
};
