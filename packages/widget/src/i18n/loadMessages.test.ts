import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LazyLanguage } from './importCatalog';

// The real import() for each language, which a test may replace once.
vi.mock('./importCatalog', async (importOriginal) => {
  const original = await importOriginal<typeof import('./importCatalog')>();
  return { importCatalog: vi.fn(original.importCatalog) };
});

/** A page where no catalog has loaded yet. */
async function fresh() {
  vi.resetModules();
  const { loadMessages } = await import('./loadMessages');
  const { importCatalog } = await import('./importCatalog');
  const { catalog: english } = await import('./catalogs/en');
  vi.mocked(importCatalog).mockClear();
  return { loadMessages, importCatalog: vi.mocked(importCatalog), english };
}

const ownTexts: Record<LazyLanguage, string> = {
  'zh-Hans': '帮助',
  'zh-Hant': '說明',
  es: 'Ayuda',
  fr: 'Aide',
  de: 'Hilfe',
  ja: 'ヘルプ',
  ar: 'المساعدة',
};

describe('loadMessages', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    warn.mockRestore();
  });

  it('gives English without loading anything', async () => {
    const { loadMessages, importCatalog, english } = await fresh();
    await expect(loadMessages('en')).resolves.toBe(english);
    expect(importCatalog).not.toHaveBeenCalled();
  });

  it.each(Object.entries(ownTexts))('loads %s on demand', async (language, launcherLabel) => {
    const { loadMessages, importCatalog } = await fresh();
    const messages = await loadMessages(language as LazyLanguage);
    expect(messages.launcherLabel).toBe(launcherLabel);
    expect(importCatalog).toHaveBeenCalledTimes(1);
  });

  it('loads each language once for every widget on the page', async () => {
    const { loadMessages, importCatalog } = await fresh();
    const [first, second] = await Promise.all([loadMessages('fr'), loadMessages('fr')]);
    expect(await loadMessages('fr')).toBe(first);
    expect(second).toBe(first);
    expect(importCatalog).toHaveBeenCalledTimes(1);
  });

  it('falls back to English when a catalog cannot load, and tries again next time', async () => {
    const { loadMessages, importCatalog, english } = await fresh();
    importCatalog.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    await expect(loadMessages('de')).resolves.toBe(english);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[parley]'), expect.any(TypeError));
    expect((await loadMessages('de')).launcherLabel).toBe('Hilfe');
    expect(importCatalog).toHaveBeenCalledTimes(2);
  });

  it('falls back to English when what loads is not a catalog', async () => {
    const { loadMessages, importCatalog, english } = await fresh();
    importCatalog.mockResolvedValueOnce(undefined);
    await expect(loadMessages('ja')).resolves.toBe(english);
  });

  it('completes a catalog that lacks texts with English', async () => {
    const { loadMessages, importCatalog, english } = await fresh();
    importCatalog.mockResolvedValueOnce({ launcherLabel: 'Hilfe', home: { greetingTitle: 'Hallo' } });
    const messages = await loadMessages('de');
    expect(messages.launcherLabel).toBe('Hilfe');
    expect(messages.home.greetingTitle).toBe('Hallo');
    expect(messages.home.away).toBe(english.home.away);
    expect(messages.search.results(2)).toBe('2 results');
  });
});
