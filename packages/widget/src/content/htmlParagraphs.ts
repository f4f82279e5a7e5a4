/** Elements whose content is code or markup, not text: skipped to their end tag. */
const SKIPPED = /^(script|style|template|textarea|title|xmp|iframe|noembed|noframes|noscript|svg|math)$/;
/** Elements whose start or end breaks a paragraph. */
const BREAKS = /^\/?(p|div|br|hr|h[1-6]|li|dt|dd|tr|blockquote|pre|table|ul|ol|dl|figure)$/;
/** The character references plain text needs most; others stay as written. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (reference, name: string) => {
    const hex = /^#x/i.test(name);
    const code = name[0] === '#' ? Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10) : Number.NaN;
    if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    return ENTITIES[name.toLowerCase()] ?? reference;
  });
}

/**
 * The text of HTML, in paragraphs, without parsing it: for pages that enforce Trusted Types in browsers with
 * no safe HTML parser, where the page allows no parsing at all. Tags are dropped, and so is the content of
 * scripts, styles and the like; the common character references are decoded. One pass, in linear time.
 * @internal
 */
export function htmlParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let text = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const close = open < 0 ? -1 : html.indexOf('>', open);
    text += html.slice(at, close < 0 ? html.length : open);
    if (close < 0) break;
    const name = /^<(\/?[a-z][^\s/>]*)/i.exec(html.slice(open, close + 1))?.[1]?.toLowerCase() ?? '';
    at = close + 1;
    if (SKIPPED.test(name)) {
      const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
      endTag.lastIndex = at;
      at = endTag.exec(html)?.index ?? html.length;
    } else if (BREAKS.test(name)) {
      paragraphs.push(text);
      text = '';
    }
  }
  paragraphs.push(text);
  return paragraphs.map((paragraph) => decodeEntities(paragraph).replace(/\s+/g, ' ').trim()).filter(Boolean);
}
