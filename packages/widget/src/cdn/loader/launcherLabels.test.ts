import { describe, expect, it } from 'vitest';
import { catalog as english } from '../../i18n/catalogs/en';
import { importCatalog } from '../../i18n/importCatalog';
import type { Catalog } from '../../i18n/messages';
import { widgetLanguages } from '../../i18n/widgetLanguages';
import { launcherLabels } from './launcherLabels';

describe('launcherLabels', () => {
  it.each(widgetLanguages)('names the launcher in %s as the catalog does', async (language) => {
    const catalog = (language === 'en' ? english : await importCatalog(language)) as Catalog;
    expect(launcherLabels[language]).toBe(catalog.launcherLabel);
  });
});
