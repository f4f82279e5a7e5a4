/** The only schemes a link may use: nothing that runs code (javascript:, vbscript:) or embeds it (data:). */
const ALLOWED_PROTOCOL = /^(https?|mailto|tel):$/;

/**
 * The URL a link from untrusted content may point to, or `undefined` when it must render as plain text.
 *
 * The check runs on the browser's own parse (`URL`), which strips tabs, newlines and control characters
 * and lowercases the scheme exactly as navigation would; the normalized result is returned, so what was
 * checked is what gets used. Empty links and in-page anchors (`#top`) give `undefined`.
 *
 * @param href - The link as written in the content.
 * @param base - Absolute URL that relative links resolve against; without it relative links are refused.
 * @returns The normalized absolute URL (http, https, mailto or tel), or `undefined`.
 * @example
 * ```ts
 * safeHref('https://lumen.example/help'); // 'https://lumen.example/help'
 * safeHref('java\tscript:alert(1)'); // undefined
 * safeHref('/articles/42', 'https://help.lumen.example/'); // 'https://help.lumen.example/articles/42'
 * ```
 */
export function safeHref(href: string, base?: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed[0] === '#') return undefined;
  try {
    const url = new URL(trimmed, base);
    return ALLOWED_PROTOCOL.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
