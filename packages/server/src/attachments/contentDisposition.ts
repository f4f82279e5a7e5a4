/**
 * A `Content-Disposition: attachment` value for a (cleaned) file name: an ASCII `filename` for old clients,
 * where every other character becomes `_`, and the exact name as RFC 8187 `filename*`.
 *
 * @example
 * ```ts
 * contentDisposition('résumé.pdf'); // `attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`
 * ```
 * @internal
 */
export function contentDisposition(name: string): string {
  // Quotes and backslashes would end or escape the quoted string; `%` sequences some browsers decode.
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/gu, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
