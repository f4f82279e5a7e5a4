import { catalog as firstLoadTexts } from './catalogs/en';
import { catalog as viewTexts } from './catalogs/enViews';
import type { WidgetMessages } from './messages';

/**
 * English, the built-in language and the fallback of every other: every text of the widget.
 *
 * The widget itself does not use this: its first load carries only the texts of the launcher, panel and home,
 * and the views' English loads with the views. Importing this brings all of English into a bundle.
 */
export const englishMessages: WidgetMessages = { ...firstLoadTexts, ...viewTexts };
