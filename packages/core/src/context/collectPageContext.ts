import { truncate } from './truncate';

/** What the customer is looking at, read from the page when a conversation or ticket starts. */
export interface PageContext {
  /** `location.href`, at most 2,048 characters. */
  pageUrl?: string;
  /** `document.title`, trimmed, at most 500 characters. */
  pageTitle?: string;
  /** `document.referrer`, at most 2,048 characters. */
  referrer?: string;
  /** The client's locale, else `navigator.language`: a BCP 47 tag of at most 35 characters. */
  locale?: string;
  /** The IANA time zone of the browser (`Intl`), such as `Europe/Paris`, at most 64 characters. */
  timeZone?: string;
}

/** Options of {@link collectPageContext}. */
export interface CollectPageContextOptions {
  /**
   * The locale the client was created with; it wins over the browser's `navigator.language`.
   * @default undefined (the browser's language)
   */
  locale?: string | undefined;
}

// Bounds of `ConversationContext` in the contract.
const MAX_URL = 2048;
const MAX_TITLE = 500;
const MAX_LOCALE = 35;
/** A longer value is not an IANA time zone name. */
const MAX_TIME_ZONE = 64;
/** The shape of a BCP 47 tag (`en`, `zh-Hant-TW`); anything else is not sent as a locale. */
const LOCALE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

type Host = {
  location?: { href?: unknown };
  document?: { title?: unknown; referrer?: unknown };
  navigator?: { language?: unknown };
};

/**
 * Runs `read` and keeps its answer only when it is a string: a host page may define these globals with
 * getters that throw, or with values of any type, and reading context must never break the widget.
 */
function readString(read: (host: Host) => unknown): string | undefined {
  try {
    const value = read(globalThis as Host);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a non-empty text, cut to `max`. */
function bounded(value: string | undefined, max: number): string | undefined {
  const text = value?.trim();
  return text ? truncate(text, max) : undefined;
}

function localeTag(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && text.length <= MAX_LOCALE && LOCALE_TAG.test(text) ? text : undefined;
}

/**
 * Reads the page the customer is on: URL, title, referrer, locale and time zone, at the moment it is
 * called (nothing is read at import). Every value is optional and bounded to the contract's limits; a
 * value that is missing, of the wrong type or behind a getter that throws is left out, so this works in
 * Node, in workers and on host pages with strange globals.
 *
 * @example
 * ```ts
 * const context = collectPageContext({ locale: 'fr' });
 * // { pageUrl: 'https://shop.example/cart', pageTitle: 'Your cart', locale: 'fr', timeZone: 'Europe/Paris' }
 * ```
 */
export function collectPageContext(options: CollectPageContextOptions = {}): PageContext {
  const context: PageContext = {};
  const pageUrl = bounded(
    readString((host) => host.location?.href),
    MAX_URL,
  );
  const pageTitle = bounded(
    readString((host) => host.document?.title),
    MAX_TITLE,
  );
  const referrer = bounded(
    readString((host) => host.document?.referrer),
    MAX_URL,
  );
  const locale =
    localeTag(typeof options.locale === 'string' ? options.locale : undefined) ??
    localeTag(readString((host) => host.navigator?.language));
  const timeZone = readString(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  if (pageUrl) context.pageUrl = pageUrl;
  if (pageTitle) context.pageTitle = pageTitle;
  if (referrer) context.referrer = referrer;
  if (locale) context.locale = locale;
  if (timeZone && timeZone.length <= MAX_TIME_ZONE) context.timeZone = timeZone;
  return context;
}
