/**
 * What a search box holds, made into a query the backend accepts: trimmed, and cut to the contract's 200
 * characters (a pasted paragraph still searches on its start instead of failing). Counted in code points,
 * as the backend counts them, so an emoji is not cut in half. Empty when there is nothing to search for.
 * @internal
 */
export function normaliseSearchQuery(query: string): string {
  return [...query.trim()].slice(0, 200).join('').trim();
}
