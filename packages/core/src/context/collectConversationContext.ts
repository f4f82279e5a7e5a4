import type { ConversationContext } from '@parley/contract';
import type { RecentActivity } from '../client/ClientRuntime';
import { truncate } from './truncate';

type Host = {
  location?: { href?: unknown };
  document?: { title?: unknown; referrer?: unknown };
  navigator?: { language?: unknown };
};

/**
 * Runs `read` and keeps its answer, trimmed, only when it is a string: a host page may define these globals
 * with getters that throw, or with values of any type, and reading context must never break the widget.
 */
function readString(read: (host: Host) => unknown): string {
  try {
    const value = read(globalThis as Host);
    return typeof value === 'string' ? value.trim() : '';
  } catch {
    return '';
  }
}

/** `value` when it has the shape of a BCP 47 tag (`en`, `zh-Hant-TW`) within the contract's 35 characters. */
const localeTag = (value: string) => (/^(?=.{2,35}$)[a-z]{2,8}(-[a-z\d]{1,8})*$/i.test(value) ? value : '');

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
  const timeZone = readString(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const context = {
    pageUrl: truncate(
      readString((host) => host.location?.href),
      2048,
    ),
    pageTitle: truncate(
      readString((host) => host.document?.title),
      500,
    ),
    referrer: truncate(
      readString((host) => host.document?.referrer),
      2048,
    ),
    locale: localeTag(readString(() => locale)) || localeTag(readString((host) => host.navigator?.language)),
    // A longer value is not an IANA time zone name.
    timeZone: timeZone.length > 64 ? '' : timeZone,
    ...activity.snapshot(),
  };
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value.length > 0));
}
