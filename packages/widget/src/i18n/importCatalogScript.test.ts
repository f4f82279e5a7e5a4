import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceCatalog } from './announceCatalog';
import { catalog as english } from './catalogs/en';
import { catalog as french } from './catalogs/fr';
import { importCatalog } from './importCatalogScript';

// The script-tag build: loadMessages with this module in place of import(), as rollup.config.mjs swaps it.
vi.mock('./importCatalog', () => import('./importCatalogScript'));

/** Scripts the loader adds, kept out of the document so that happy-dom does not fetch them. */
let added: HTMLScriptElement[];

/** What the browser does with a catalog script: run it (with it as currentScript), then fire `load`. */
function run(script: HTMLScriptElement, body: () => void) {
  const currentScript = vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
  body();
  currentScript.mockRestore();
  script.dispatchEvent(new Event('load'));
}

// Read apart from `new URL`, which Vite would rewrite as an asset URL.
const here = import.meta.url;

describe('importCatalog (script tags)', () => {
  beforeEach(() => {
    added = [];
    vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
      added.push(...(nodes as HTMLScriptElement[]));
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads parley.<language>.js from next to the bundle, with the nonce', () => {
    void importCatalog('zh-Hant', 'n0nce').catch(() => {});
    const [script] = added;
    expect(script?.src).toBe(new URL('parley.zh-Hant.js', here).href);
    expect(script?.nonce).toBe('n0nce');
    expect(script?.async).toBe(true);
  });

  it('resolves with the catalog the script announces', async () => {
    const loading = importCatalog('fr');
    const [script] = added;
    if (!script) throw new Error('no script added');
    run(script, () => announceCatalog(french));
    await expect(loading).resolves.toBe(french);
  });

  it('rejects when the file fails to load', async () => {
    const loading = importCatalog('de');
    added[0]?.dispatchEvent(new Event('error'));
    await expect(loading).rejects.toThrow(/parley\.de\.js/);
  });

  it('rejects when the file loads but announces no catalog', async () => {
    const loading = importCatalog('ja');
    added[0]?.dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow(/No catalog/);
  });

  it('leaves the widget in English when the file fails to load', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { loadMessages } = await import('./loadMessages');
    const loading = loadMessages('ar');
    await vi.waitFor(() => expect(added).toHaveLength(1));
    added[0]?.dispatchEvent(new Event('error'));
    await expect(loading).resolves.toBe(english);
  });
});
