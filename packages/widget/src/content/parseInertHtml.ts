/** The start of a tag, `<` and its name, at a given index (sticky). */
const TAG_NAME = /<([a-z][^\s/>]*)/iy;
/**
 * One attribute after a tag's name or the attribute before it, with the spaces and slashes before it and its
 * value if any (sticky). An unclosed quoted value runs to the end, as in HTML. No nested repetition, so a
 * match never takes more than linear time, whatever the input.
 */
const ATTRIBUTE = /[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*))?/y;
/** Attributes that style or run code. */
const INLINE = /^(?:style$|on)/i;
/** Elements whose content is text, not markup, to their end tag (style apart: it goes whole). */
const RAW_TEXT = /^(?:script|textarea|title|xmp|iframe|noembed|noframes)$/;

/** Where the content of a `name` element that starts at `from` ends: after its end tag, or at the end. */
function afterEndTag(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}(?=[\\s/>]|$)[^>]*>?`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(html) ? endTag.lastIndex : html.length;
}

/**
 * The HTML without what a page's Content-Security-Policy checks as soon as it is parsed, even into an inert
 * document: `style` elements and attributes, event-handler (`on…`) attributes and `base` elements. Parsing
 * them there is harmless (nothing applies or runs, and the rebuild drops them), but a page whose policy
 * forbids inline styles and handlers would report a violation for each one, flooding the site's reports.
 * One scan in linear time that follows HTML's tokenizer closely enough (comments and the text of scripts
 * and the like are left alone): should it misread a malformed tag, the cost is one stray report, never safety.
 * @internal
 */
export function withoutCspCheckedMarkup(html: string): string {
  let out = '';
  let copiedTo = 0;
  let at = html.indexOf('<');
  while (at >= 0) {
    if (html.startsWith('<!--', at)) {
      const commentEnd = html.indexOf('-->', at + 4);
      at = commentEnd < 0 ? -1 : html.indexOf('<', commentEnd);
      continue;
    }
    TAG_NAME.lastIndex = at;
    const name = TAG_NAME.exec(html)?.[1]?.toLowerCase();
    if (name === undefined) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    // Style and base elements go whole; scanning their attributes finds where the tag ends.
    const dropped = name === 'style' || name === 'base';
    let position = TAG_NAME.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = position;
      const attribute = ATTRIBUTE.exec(html);
      if (!attribute) break;
      if (!dropped && INLINE.test(attribute[1] ?? '')) {
        // A space keeps the next attribute apart from the tag's name.
        out += `${html.slice(copiedTo, position)} `;
        copiedTo = ATTRIBUTE.lastIndex;
      }
      position = ATTRIBUTE.lastIndex;
    }
    // Past the attributes, only spaces and slashes come before the tag's `>`.
    const tagEnd = html.indexOf('>', position);
    let end = tagEnd < 0 ? html.length : tagEnd + 1;
    if (name === 'style' || RAW_TEXT.test(name)) end = afterEndTag(html, name, end);
    if (dropped) {
      out += html.slice(copiedTo, at);
      copiedTo = end;
    }
    at = html.indexOf('<', end);
  }
  return copiedTo ? out + html.slice(copiedTo) : html;
}

/** `Document.parseHTML` of the HTML Sanitizer API, where the browser has it. */
type SafeParse = (html: string, options: { sanitizer: Record<string, never> }) => Document;

/**
 * Parses untrusted HTML into an inert document (no browsing context: its scripts never run, its images never
 * load) and returns its body, for the content to be rebuilt through an allowlist. Where the browser has the
 * HTML Sanitizer API, `Document.parseHTML` does it, which a page enforcing Trusted Types allows with no policy
 * (it also drops scripts and handlers itself); elsewhere `DOMParser`, a Trusted Types sink. What a CSP
 * would report is removed first ({@link withoutCspCheckedMarkup}).
 * @returns the body, or `undefined` when the page enforces Trusted Types and the browser has no safe parser.
 * @internal
 */
export function parseInertHtml(html: string): HTMLElement | undefined {
  const source = withoutCspCheckedMarkup(html);
  const safeParse = (Document as unknown as { parseHTML?: SafeParse }).parseHTML;
  try {
    // An empty configuration keeps every element the safe parse allows; the allowlist comes after.
    return (
      (safeParse
        ? safeParse.call(Document, source, { sanitizer: {} })
        : new DOMParser().parseFromString(source, 'text/html')
      ).body ?? undefined
    );
  } catch {
    return undefined;
  }
}
