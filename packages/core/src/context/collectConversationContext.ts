import type { ConversationContext } from '@parley/contract';
import type { RecentActivity } from '../client/ClientRuntime';
import { truncate } from './truncate';

type Host = {
  location?: { href?: unknown };
  document?: { title?: unknown; referrer?: unknown };
  navigator?: { language?: unknown };
};

/** The shape of a BCP 47 tag (`en`, `zh-Hant-TW`) within the contract's 35 characters. */
const TAG = /^(?=.{2,35}$)[a-z]{2,8}(-[a-z\d]{1,8})*$/i;

/**
 * What `read` returns, trimmed and cut to `max`, when it is a string that `valid` accepts; else `''`. A host
 * page may define these globals with getters that throw, or with values of any type (whose `toString` is
 * never called): reading context must never break the widget.
 */
function read(get: (host: Host) => unknown, max = 2048, valid = /^/): string {
  try {
    const value = get(globalThis as Host);
    const text = typeof value === 'string' ? value.trim() : '';
    return valid.test(text) ? truncate(text, max) : '';
  } catch {
    return '';
  }
}

/**
 * The context that travels with a new conversation or ticket, read when it is called (nothing is read at
 * import): the page (URL, title, referrer), the locale (the client's, else the browser's), the time zone,
 * and the searches and articles seen just before, newest last. Every value is bounded to the contract's
 * limits; one that is empty, of the wrong type or behind a getter that throws is left out, so this works
 * in Node, in workers and on host pages with strange globals.
 * @internal
 */
export function collectConversationContext({
  locale,
  activity,
}: {
  readonly locale: string | undefined;
  readonly activity: RecentActivity;
}): ConversationContext {
  const context = {
    pageUrl: read((host) => host.location?.href),
    pageTitle: read((host) => host.document?.title, 500),
    referrer: read((host) => host.document?.referrer),
    locale: read(() => locale, 35, TAG) || read((host) => host.navigator?.language, 35, TAG),
    // A longer value is not an IANA time zone name.
    timeZone: read(() => Intl.DateTimeFormat().resolvedOptions().timeZone, 64, /^.{0,64}$/),
    ...activity.snapshot(),
  };
  return Object.fromEntries(Object.entries(context).filter((entry) => entry[1].length));
}
