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
 * Loads a catalog with `import()`, for npm builds. The script-tag build swaps this module for
 * `importCatalogScript.ts` (see rollup.config.mjs), as an IIFE cannot split code.
 *
 * @param _nonce - Unused here: `import()` runs under the page's policy like the importing module.
 * @internal
 */
export async function importCatalog(language: LazyLanguage, _nonce?: string): Promise<unknown> {
  return (await importers[language]()).catalog;
}
