// What the page's address and its tab's session storage say before the page connection (connectPage.ts, a
// chunk) has loaded: enough for the script-tag bundle to decide whether a dormant widget must show. Kept
// apart from the chunk's modules so that the first load carries only what it uses.

/** The session storage key of a widget's state: one per widget key, so two widgets on a page keep theirs apart. */
export const stateKey = (widgetKey: string): string => `parley:${widgetKey}:state`;

/**
 * Whether an address may carry a deep link (one of the parameters parseDeepLink reads). False for most
 * addresses, found without parsing them: a page's first URL object costs its heap some 8 kB.
 * @example
 * ```ts
 * mayHaveDeepLink('https://example.com/help?parley=article:art_1'); // true
 * mayHaveDeepLink('https://example.com/parley-docs/'); // false
 * ```
 */
export const mayHaveDeepLink = (href: string): boolean => /[?&#]parley(_link|_token)?=/.test(href);

/**
 * Whether this tab kept a widget's state (the panel open, a draft) to bring back. Safe where session storage
 * throws. The first read of a page's session storage can take milliseconds (the browser fetches it), so the
 * script-tag bundle does it in a chunk, after the page has loaded.
 */
export function hasKeptState(win: Pick<Window, 'sessionStorage'>, widgetKey: string): boolean {
  try {
    return win.sessionStorage.getItem(stateKey(widgetKey)) !== null;
  } catch {
    return false;
  }
}
