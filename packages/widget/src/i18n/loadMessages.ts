import { importCatalog } from './importCatalog';
import { englishMessages, mergeMessages, type WidgetMessageOverrides, type WidgetMessages } from './messages';
import type { WidgetLanguage } from './widgetLanguages';

const loaded = new Map<WidgetLanguage, Promise<WidgetMessages>>();

/**
 * The texts of a language. English is bundled and resolves at once; every other language loads on first use
 * (a chunk of its own), shared by every widget on the page.
 *
 * Never rejects: when a catalog cannot load (offline, blocked, missing), the texts are English and a later
 * call tries again. A catalog that lacks texts (from another release) is completed with English.
 *
 * @example
 * ```ts
 * const { language } = resolveLocale(options.locale);
 * const messages = mergeMessages(await loadMessages(language), options.messages);
 * ```
 */
export function loadMessages(language: WidgetLanguage): Promise<WidgetMessages> {
  if (language === 'en') return Promise.resolve(englishMessages);
  let pending = loaded.get(language);
  if (!pending) {
    const fallBack = (reason: unknown) => {
      loaded.delete(language);
      if (__DEV__) console.warn(`[parley] Could not load the ${language} texts; showing English.`, reason);
      return englishMessages;
    };
    pending = importCatalog(language).then(
      (catalog) =>
        typeof catalog === 'object' && catalog !== null
          ? mergeMessages(englishMessages, catalog as WidgetMessageOverrides)
          : fallBack(catalog),
      fallBack,
    );
    loaded.set(language, pending);
  }
  return pending;
}
