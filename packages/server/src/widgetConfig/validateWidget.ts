import type { Widget } from './Widget';

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** @internal The longest widget key the API accepts; the SDK enforces the same limit. */
export const MAX_WIDGET_KEY_LENGTH = 200;
const MAX_NAME = 200;
const MAX_TEXT = 2000;

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Checks a widget before a store writes it, so that every store refuses the same bad data and the SDK
 * (which validates `GET /v1/widget/config`) never receives a config it must reject.
 * @throws TypeError naming the widget and the first problem found.
 * @internal
 */
export function validateWidget(widget: Widget): void {
  const fail = (problem: string): never => {
    throw new TypeError(`[parley] Widget "${widget.key}": ${problem}.`);
  };
  if (widget.key.length === 0 || widget.key.length > MAX_WIDGET_KEY_LENGTH) {
    fail(`the key must have 1 to ${MAX_WIDGET_KEY_LENGTH} characters`);
  }
  if (widget.brand.name.length > MAX_NAME) fail(`brand.name must have at most ${MAX_NAME} characters`);
  if (!HEX_COLOUR.test(widget.brand.color)) fail('brand.color must be a hex colour such as #3b5bdb');
  const seen = new Set<string>();
  for (const { locale, greeting } of widget.translations) {
    if (!isLocale(locale)) fail(`"${locale}" is not a BCP 47 language tag`);
    if (seen.has(locale.toLowerCase())) fail(`two translations for "${locale}"`);
    seen.add(locale.toLowerCase());
    if (greeting.title.length > MAX_TEXT || greeting.message.length > MAX_TEXT) {
      fail(`the "${locale}" greeting must have at most ${MAX_TEXT} characters per field`);
    }
  }
  if (!seen.has(widget.defaultLocale.toLowerCase())) {
    fail(`the default locale "${widget.defaultLocale}" has no translation`);
  }
}
