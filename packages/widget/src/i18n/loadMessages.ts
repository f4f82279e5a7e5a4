import { catalog as english } from './catalogs/en';
import { importCatalog } from './importCatalog';
import { mergeMessages, type ShellMessages, type WidgetMessageOverrides } from './messages';
import type { WidgetLanguage } from './widgetLanguages';

const loaded = new Map<WidgetLanguage, Promise<ShellMessages>>();

/**
 * The texts of a language. English is bundled and resolves at once; every other language loads on first use
 * (a chunk of its own, with every text), shared by every widget on the page.
 *
 * Never rejects: when a catalog cannot load (offline, blocked, missing), the texts are English and a later
 * call tries again. A catalog that lacks texts (from another release) is completed with English: here with
 * the English of the first load, and in the views beyond home with theirs, which loads with them (see
 * completeMessages).
 *
 * @example
 * ```ts
 * const { language } = resolveLocale(options.locale);
 * const messages = mergeMessages(await loadMessages(language), options.messages);
 * ```
 */
export function loadMessages(language: WidgetLanguage): Promise<ShellMessages> {
  if (language === 'en') return Promise.resolve(english);
  let pending = loaded.get(language);
  if (!pending) {
    const fallBack = (reason: unknown): ShellMessages => {
      loaded.delete(language);
      if (__DEV__) console.warn(`[parley] Could not load the ${language} texts; showing English.`, reason);
      return english;
    };
    pending = importCatalog(language).then(
      (catalog) =>
        typeof catalog === 'object' && catalog !== null
          ? mergeMessages<ShellMessages>(english, catalog as WidgetMessageOverrides)
          : fallBack(catalog),
      fallBack,
    );
    loaded.set(language, pending);
  }
  return pending;
}
