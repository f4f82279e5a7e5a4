import type { Catalog } from './messages';
import type { WidgetLanguage } from './widgetLanguages';

/** A language that is not bundled. @internal */
export type LazyLanguage = Exclude<WidgetLanguage, 'en'>;

// One literal import() per language, so that bundlers make each catalog a chunk of its own.
const importers: Record<LazyLanguage, () => Promise<{ catalog: Catalog }>> = {
  'zh-Hans': () => import('./catalogs/zh-Hans'),
  'zh-Hant': () => import('./catalogs/zh-Hant'),
  es: () => import('./catalogs/es'),
  fr: () => import('./catalogs/fr'),
  de: () => import('./catalogs/de'),
  ja: () => import('./catalogs/ja'),
  ar: () => import('./catalogs/ar'),
};

/**
 * Loads a catalog with `import()`: from npm, the host's bundler makes it a chunk; from a script tag, it is a
 * chunk beside parley.js.
 * @internal
 */
export async function importCatalog(language: LazyLanguage): Promise<unknown> {
  return (await importers[language]()).catalog;
}
