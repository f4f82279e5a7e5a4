/** The longest query the contract accepts, in characters (code points). */
const MAX_QUERY_CHARACTERS = 200;

/**
 * What a search box holds, made into a query the backend accepts: trimmed, and cut to 200 characters
 * (a pasted paragraph still searches on its start instead of failing). Empty when there is nothing to
 * search for.
 * @internal
 */
export function normaliseSearchQuery(query: unknown): string {
  const text = typeof query === 'string' ? query.trim() : '';
  // Counted in code points, as the backend counts them, so an emoji is not cut in half.
  return text.length <= MAX_QUERY_CHARACTERS
    ? text
    : [...text].slice(0, MAX_QUERY_CHARACTERS).join('').trimEnd();
}
