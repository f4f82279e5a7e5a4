/**
 * Whether a page path matches a trigger's `pagePattern`: the whole path, with `*` matching any characters
 * (none included) and every other character itself.
 *
 * @example
 * ```ts
 * matchesPagePattern('/pricing*', '/pricing/teams'); // true
 * matchesPagePattern('/pricing*', '/docs/pricing'); // false
 * ```
 */
export function matchesPagePattern(pattern: string, path: string): boolean {
  const literal = (text: string) => text.replace(/[\\^$.|?+()[\]{}]/g, '\\$&');
  return new RegExp(`^${pattern.split('*').map(literal).join('.*')}$`).test(path);
}
