import { safeHref } from './safeHref';

/**
 * Where an attachment downloads from, or `undefined` when its URL may not be linked (see `safeHref`).
 * The contract gives attachment URLs relative to the base URL, path included (`/v1/attachments/…` under
 * `https://help.example/parley`), so a root-relative URL is appended to the base rather than resolved
 * against its origin; an absolute URL (a helpdesk's signed link) is used as it is.
 * @internal
 */
export function attachmentHref(url: string, baseUrl: string): string | undefined {
  return url.startsWith('/') && !url.startsWith('//')
    ? safeHref(`${baseUrl.replace(/\/+$/, '')}${url}`)
    : safeHref(url, baseUrl);
}
