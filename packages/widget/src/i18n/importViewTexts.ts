import type { ViewMessages } from './messages';

/**
 * Loads the English texts of the views beyond home with `import()`: a chunk of their own beside parley.js
 * (from npm, the host's bundler makes it one). In a module of its own, so that tests can make it fail.
 * @internal
 */
export async function importViewTexts(): Promise<ViewMessages> {
  return (await import('./catalogs/enViews')).catalog;
}
