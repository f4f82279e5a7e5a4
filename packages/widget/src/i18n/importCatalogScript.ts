import { catalogEvent } from './announceCatalog';
import type { importCatalog as importCatalogModule } from './importCatalog';

/**
 * `importCatalog` of the script-tag build, which Rollup puts in place of `importCatalog.ts` (an IIFE cannot
 * split code). It adds `parley.<language>.js`, found next to parley.js, as a classic script: unlike a
 * module it needs no CORS headers from the CDN, and it carries the page's CSP nonce. The script hands its
 * catalog over with an event on its own element (see `announceCatalog.ts`), then the element is removed.
 * Rejects when the file fails to load or announces nothing.
 * @internal
 */
export const importCatalog: typeof importCatalogModule = (language, nonce) =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.addEventListener(catalogEvent, (event) => resolve((event as CustomEvent<unknown>).detail));
    // After a successful run `load` comes too late to matter: the promise has settled.
    script.onload = script.onerror = () => {
      script.remove();
      reject(new Error(`No catalog in ${script.src}`));
    };
    script.async = true;
    if (nonce) script.nonce = nonce;
    // In the IIFE, Rollup resolves import.meta.url from the document.currentScript it captured at start-up:
    // the URL parley.js was loaded from. (Read apart from `new URL`, which Vite would take for an asset glob.)
    const bundleUrl = import.meta.url;
    script.src = new URL(`parley.${language}.js`, bundleUrl).href;
    document.head.append(script);
  });
