/** Whether `path` matches a glob whose only wildcard is `*` (any characters, `/` included). */
function matchesGlob(parts: readonly string[], path: string): boolean {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!path.startsWith(first) || path.length < first.length + last.length || !path.endsWith(last)) {
    return false;
  }
  // Leftmost matching of the middle parts is enough when `*` is the only wildcard.
  let at = first.length;
  const end = path.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const found = path.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/**
 * Matches the path of a page URL against an article's page pattern (`SeedArticle.pagePatterns`).
 *
 * A pattern with `*` is a glob over the whole path, `*` standing for any characters (`/` included):
 * `/billing/*` matches `/billing/invoices`, `/settings/security*` matches `/settings/security/2fa`. A
 * pattern without `*` is a path prefix that ends at a segment boundary: `/pricing` matches `/pricing`,
 * `/pricing/` and `/pricing/team`, not `/pricing-old`. Matching is case-sensitive, like paths.
 *
 * @param pattern - The article's pattern.
 * @param path - The page's path, such as `new URL(pageUrl).pathname`.
 * @returns How specific the match is (the number of literal characters of the pattern, so `/billing/*`
 * beats `/*`), or `undefined` when the path does not match.
 * @example
 * ```ts
 * matchPagePattern('/billing/*', '/billing/invoices'); // 9
 * matchPagePattern('/pricing', '/pricing-old'); // undefined
 * ```
 * @internal
 */
export function matchPagePattern(pattern: string, path: string): number | undefined {
  if (pattern === '') return undefined;
  if (!pattern.includes('*')) {
    const prefix = pattern.endsWith('/') ? pattern : `${pattern}/`;
    return path === pattern || path.startsWith(prefix) ? pattern.length : undefined;
  }
  const parts = pattern.split('*');
  return matchesGlob(parts, path) ? pattern.length - (parts.length - 1) : undefined;
}
