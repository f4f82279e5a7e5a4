import { catalog as ar } from '../i18n/catalogs/ar';
import { catalog as de } from '../i18n/catalogs/de';
import { catalog as enFirstLoad } from '../i18n/catalogs/en';
import { catalog as enViews } from '../i18n/catalogs/enViews';
import { catalog as es } from '../i18n/catalogs/es';
import { catalog as fr } from '../i18n/catalogs/fr';
import { catalog as ja } from '../i18n/catalogs/ja';
import { catalog as zhHans } from '../i18n/catalogs/zh-Hans';
import { catalog as zhHant } from '../i18n/catalogs/zh-Hant';
import type { Catalog } from '../i18n/messages';
import type { WidgetLanguage } from '../i18n/widgetLanguages';

/** English, whole: what the widget ships in its first load, and what loads with the views beyond home. */
const en: Catalog = { ...enFirstLoad, ...enViews };

/**
 * Every catalog, bundled, for tests and stories that switch languages without waiting for a load (the widget
 * itself loads each on demand).
 * @internal
 */
export const allCatalogs: Record<WidgetLanguage, Catalog> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  es,
  fr,
  de,
  ja,
  ar,
};
