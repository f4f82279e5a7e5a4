/**
 * The languages the widget speaks, as BCP 47 tags. English is bundled; the others load on demand.
 */
export const widgetLanguages = ['en', 'zh-Hans', 'zh-Hant', 'es', 'fr', 'de', 'ja', 'ar'] as const;

/** One of {@link widgetLanguages}. */
export type WidgetLanguage = (typeof widgetLanguages)[number];
