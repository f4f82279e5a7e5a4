/**
 * The rowid an entry lives at: a 52-bit hash (cyrb53) of article id and locale, in 1…2^52, so that replacing
 * or removing an entry is a rowid lookup instead of a scan of the whole table. On the (astronomically rare)
 * collision the second entry goes to a negative rowid, which is looked up by a scan of the negative range.
 *
 * @param articleId - The entry's article id.
 * @param locale - The entry's locale.
 * @returns A positive 64-bit rowid (as a bigint, which better-sqlite3 binds as an integer).
 * @internal
 */
export function articleSearchRowid(articleId: string, locale: string): bigint {
  const key = `${articleId}\u0000${locale}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (BigInt(h2 & 0xfffff) << 32n) + BigInt(h1 >>> 0) + 1n;
}
