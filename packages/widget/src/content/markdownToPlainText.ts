// Markdown marks that mean nothing in one line of plain text. No lookbehind: older Safari cannot parse it.
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!~>])/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const BLOCK_MARK = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)/gm;
/** Emphasis, strikethrough and code marks after a character (closing) and before one (opening). */
const CLOSING = /(\S)(?:\*\*|~~|[*`])+/g;
const OPENING = /(?:\*\*|~~|[*`])+(?=\S)/g;
/** Underscores only at the edges of words: `snake_case` keeps its own. */
const CLOSING_UNDERSCORE = /(\S)__?(?![\p{L}\p{N}])/gu;
const OPENING_UNDERSCORE = /(^|[^\p{L}\p{N}])__?(?=\S)/gu;

/**
 * A message's Markdown as one line of plain text, for previews: link targets, emphasis, code and block
 * marks dropped, escapes undone, whitespace folded. The result is still text, rendered as text.
 * @example
 * ```ts
 * markdownToPlainText('See **[Reset your password](https://help.example/reset)**'); // 'See Reset your password'
 * ```
 * @internal
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(ESCAPE, '$1')
    .replace(LINK, '$1')
    .replace(BLOCK_MARK, '')
    .replace(CLOSING, '$1')
    .replace(OPENING, '')
    .replace(CLOSING_UNDERSCORE, '$1')
    .replace(OPENING_UNDERSCORE, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
