/**
 * Builds `<baseUrl>/v1<path>?query`, tolerating a trailing slash on the base URL and leaving out
 * `undefined` parameters.
 * @internal
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  query: Record<string, string | number | undefined> = {},
): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/v1${path}`);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url.toString();
}
