/**
 * A message's Markdown as one line of plain text for a preview: link targets, emphasis and code marks
 * dropped, whitespace folded. The result is still shown as text, never as HTML.
 * @example
 * ```ts
 * plainPreview('See **[Reset your password](https://help.example/reset)**'); // 'See Reset your password'
 * ```
 * @internal
 */
export function plainPreview(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|[*`]|^\s*(?:[-+>]|#+|\d+\.)\s)/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
