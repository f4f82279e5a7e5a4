/** The longest file name kept, in characters (code points). @internal */
export const MAX_FILE_NAME_LENGTH = 200;

// Control characters (C0, DEL, C1), line and paragraph separators, the byte order mark, and the
// bidirectional marks, embeddings, overrides and isolates that can make `invoice<U+202E>fdp.exe` display
// as `invoiceexe.pdf`.
const INVISIBLE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029\ufeff]/gu;
// A surrogate without its other half cannot be encoded as UTF-8 (or percent-encoded).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const EXTENSION = /\.[^.\s]{1,16}$/u;

/**
 * Makes an uploaded file name safe to store and show: keeps only the part after the last `/` or `\`,
 * removes control and bidirectional-override characters, trims spaces and trailing dots, and shortens it
 * to {@link MAX_FILE_NAME_LENGTH} characters, keeping the extension. Returns `file` when nothing is left
 * (an empty name, `..`).
 *
 * @example
 * ```ts
 * cleanFileName('../../etc/passwd'); // 'passwd'
 * cleanFileName('invoice\u202Efdp.exe'); // 'invoicefdp.exe'
 * ```
 * @internal
 */
export function cleanFileName(raw: string): string {
  const visible = raw.normalize('NFC').replace(LONE_SURROGATE, '\ufffd').replace(INVISIBLE, '');
  const base = visible.split(/[/\\]/).pop() ?? '';
  const name = base.trim().replace(/[.\s]+$/u, '');
  if (/^[.\s]*$/u.test(name)) return 'file';
  const characters = Array.from(name);
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = Array.from(EXTENSION.exec(name)?.[0] ?? '');
  const stem = characters.slice(0, characters.length - extension.length);
  return [...stem.slice(0, MAX_FILE_NAME_LENGTH - extension.length), ...extension].join('').trim();
}
