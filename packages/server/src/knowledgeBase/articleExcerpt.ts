/** How far back from the limit a cut may move to land between words. */
const SNAP = 40;
/** Lines (paragraphs, headings) are added until the excerpt is at least this wide (see {@link width}). */
const ENOUGH = 80;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** Display width: CJK characters take two columns, so a Chinese paragraph is "enough" at half the length. */
function width(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

/**
 * The start of an article's plain text for lists and suggestions: its first paragraph, or the first few
 * when they are short (a heading first, say), joined by spaces. "Short" is measured in display width, so
 * a Chinese paragraph of 40 characters is as long as an English one of 80. Longer than `maxLength`, it is cut between
 * words where it can (CJK text has no spaces, so it is cut at the limit) and ends with `…`.
 *
 * @param plainText - The body as plain text, one paragraph per line (see `markdownToPlainText`).
 * @param maxLength - Longest result in UTF-16 units, the ellipsis included.
 * @returns The excerpt; never splits a surrogate pair.
 * @example
 * ```ts
 * articleExcerpt('Notes are the heart of Lumen, and they save as you type.\nCreate a note', 40);
 * // 'Notes are the heart of Lumen, and they…'
 * ```
 * @internal
 */
export function articleExcerpt(plainText: string, maxLength = 200): string {
  let flat = '';
  for (const line of plainText.split('\n')) {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    flat = flat === '' ? text : `${flat} ${text}`;
    if (width(flat) >= ENOUGH) break;
  }
  if (flat.length <= maxLength) return flat;
  let end = maxLength - 1;
  const space = flat.lastIndexOf(' ', end);
  if (space > 0 && space >= end - SNAP) end = space;
  const code = flat.charCodeAt(end);
  if (code >= 0xdc00 && code <= 0xdfff) end--;
  return `${flat.slice(0, end).trimEnd()}…`;
}
