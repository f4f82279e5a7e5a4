import { mayHaveDeepLink } from './pageHints';
import type { WidgetRoute } from './WidgetRoute';

/** What a deep link asks the widget to open. */
export type DeepLinkTarget =
  /** A conversation by the one-time token of an email link, which also signs the visitor in as its contact. */
  | { kind: 'token'; token: string; conversationId?: string }
  /** A ticket by its reference (the lookup, filled in). */
  | { kind: 'ticket'; reference: string }
  /** A place in the panel. */
  | { kind: 'route'; route: WidgetRoute };

/** A deep link found in an address: what it opens, and the address without it. */
export interface DeepLink {
  target: DeepLinkTarget;
  /** The address without the widget's parameters, the rest as it was (path, other parameters, hash). */
  cleanUrl: string;
}

/** Every parameter of ours; all of them leave the address once a link is taken. */
const PARAMETERS = ['parley', 'parley_token', 'parley_link', 'parley_widget'];
/** Ids and references are short; queries and texts are bounded like a search or a message. */
const MAX_ID = 200;
const MAX_TEXT = 2000;

/** The name of one `name=value` pair, decoded; `''` when it does not decode. */
function nameOf(pair: string): string {
  try {
    return decodeURIComponent((pair.split('=')[0] ?? '').replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** `query` (no `?`) without the widget's parameters; the other pairs stay exactly as they were written. */
function withoutOurs(query: string): string {
  return query
    .split('&')
    .filter((pair) => !PARAMETERS.includes(nameOf(pair)))
    .join('&');
}

/**
 * Where parameters may be: the query (`?a=1`), or the hash, as `#parley=...` or, for hash routers,
 * `#/route?parley=...`. Each with the address as it would be without the widget's parameters there.
 */
function sources(url: URL): { params: URLSearchParams; clean: () => string }[] {
  const hash = url.hash.slice(1);
  const question = hash.indexOf('?');
  const hashQuery = hash.slice(question + 1);
  const base = url.href.slice(0, url.href.length - url.hash.length - url.search.length);
  const search = (query: string) => (query ? `?${query}` : '');
  return [
    {
      params: new URLSearchParams(url.search),
      clean: () => base + search(withoutOurs(url.search.slice(1))) + url.hash,
    },
    {
      // A hash that is a plain anchor (`#pricing`) holds no parameter of ours.
      params: new URLSearchParams(hashQuery),
      clean: () => {
        const rest = withoutOurs(hashQuery);
        const kept = question < 0 ? rest : hash.slice(0, question) + search(rest);
        return base + url.search + (kept ? `#${kept}` : '');
      },
    },
  ];
}

/** `kind:value` of the `parley` parameter as a target; `undefined` for one the widget does not know. */
function targetOf(value: string): DeepLinkTarget | undefined {
  const colon = value.indexOf(':');
  const kind = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? '' : value.slice(colon + 1).trim();
  const id = rest && rest.length <= MAX_ID ? rest : undefined;
  const text = rest.slice(0, MAX_TEXT);
  switch (kind) {
    case 'home':
      return { kind: 'route', route: { view: 'home' } };
    case 'search':
      return { kind: 'route', route: { view: 'search', query: text } };
    case 'message':
      return { kind: 'route', route: { view: 'newConversation', text } };
    case 'article':
      return id ? { kind: 'route', route: { view: 'article', articleId: id } } : undefined;
    case 'conversation':
      return id ? { kind: 'route', route: { view: 'conversation', conversationId: id } } : undefined;
    case 'ticket':
      return id ? { kind: 'ticket', reference: id } : undefined;
    default:
      return undefined;
  }
}

/**
 * The deep link in `href`, if it has one this widget should open. The parameters, in the query or in the
 * hash:
 *
 * - `parley_link=<token>`: the link of an email about a conversation (`parley_token` is the same);
 * - `parley=conversation:<id>`, `article:<id>`, `ticket:<reference>`, `search:<query>`, `message:<text>`,
 *   `home`; with `parley_token=<token>` beside `conversation:<id>`, the one-time token of that conversation;
 * - `parley_widget=<widget key>`: only the widget with that key opens the link (two widgets on one page).
 *
 * @example
 * ```ts
 * parseDeepLink('https://example.com/help?parley=article:art_1&tab=2#top', 'wk_live_123');
 * // { target: { kind: 'route', route: { view: 'article', articleId: 'art_1' } },
 * //   cleanUrl: 'https://example.com/help?tab=2#top' }
 * ```
 * @internal
 */
export function parseDeepLink(href: string, widgetKey: string): DeepLink | undefined {
  if (!mayHaveDeepLink(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  for (const { params, clean } of sources(url)) {
    const value = params.get('parley');
    const token = params.get('parley_link') || params.get('parley_token');
    if (value === null && !token) continue;
    const forWidget = params.get('parley_widget');
    if (forWidget && forWidget !== widgetKey) return undefined;
    const named = targetOf(value?.trim() ?? '');
    const target: DeepLinkTarget | undefined = token
      ? {
          kind: 'token',
          token,
          ...(named?.kind === 'route' && named.route.view === 'conversation'
            ? { conversationId: named.route.conversationId }
            : {}),
        }
      : named;
    return target && { target, cleanUrl: clean() };
  }
  return undefined;
}
