import { safeHref } from './safeHref';

/**
 * Where an attachment downloads from, or `undefined` when its URL may not be linked (see `safeHref`).
 * The contract gives attachment URLs relative to the base URL, path included (`/v1/attachments/…` under
 * `https://help.example/parley`), so a root-relative URL is appended to the base rather than resolved
 * against its origin; an absolute URL (a helpdesk's own file link) is used as it is.
 *
 * The URL is a short-lived signed link (`?expires=…&signature=…`) that works without the bearer token, so
 * the href can go straight into `<a href>` and `<img src>`. Its query is kept exactly: a changed link is
 * refused (403 `attachment_link_invalid`), and so is one past its time, for which the fix is to load the
 * message or ticket comment again, never to rebuild the link.
 * @internal
 */
export function attachmentHref(url: string, baseUrl: string): string | undefined {
  return url.startsWith('/') && !url.startsWith('//')
    ? safeHref(`${baseUrl.replace(/\/+$/, '')}${url}`)
    : safeHref(url, baseUrl);
}
