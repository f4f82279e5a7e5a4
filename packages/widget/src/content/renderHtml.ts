import { type ComponentChildren, h } from 'preact';
import type { ContentContext } from './ContentContext';
import { htmlParagraphs } from './htmlParagraphs';
import { parseInertHtml } from './parseInertHtml';
import { renderImage } from './renderImage';
import { SafeLink } from './SafeLink';

/** Elements whose content is code or widgets, not text: dropped whole. */
const DROPPED =
  /^(script|style|template|iframe|frame|frameset|object|embed|applet|noscript|noembed|noframes|svg|math|select|textarea|title|head|xmp|plaintext)$/;
/** Elements rebuilt as themselves (headings one level down); any other element is replaced by its content. */
const KEPT =
  /^(p|br|hr|h[1-6]|b|strong|i|em|u|s|del|ins|mark|small|sub|sup|code|kbd|pre|blockquote|ul|ol|li|dl|dt|dd|a|img|table|caption|thead|tbody|tfoot|tr|th|td|figure|figcaption|div)$/;
/** The only attributes kept besides a link's href and an image's src and alt: small counts. */
const COUNTS = ['start', 'colspan', 'rowspan'];
/** Deeper elements are shown as their text. */
const MAX_DEPTH = 32;

function rebuild(parent: Node, ctx: ContentContext, depth: number): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (ctx.budget <= 0) {
      out.push(textFrom(node, parent));
      break;
    }
    const element = node.nodeType === 1 ? (node as Element) : null;
    const tag = element?.localName ?? '';
    if (node.nodeType === 3) {
      ctx.budget--;
      out.push((node as Text).data);
    } else if (element && depth >= MAX_DEPTH && !DROPPED.test(tag)) {
      ctx.budget--;
      out.push(textFrom(element.firstChild, element));
    } else if (element && !DROPPED.test(tag)) {
      const children = rebuild(element, ctx, depth + 1);
      if (!KEPT.test(tag)) {
        out.push(children);
        continue;
      }
      ctx.budget--;
      const attribute = (name: string) => element.getAttribute(name) ?? '';
      if (tag === 'a')
        out.push(
          h(SafeLink, { href: attribute('href'), base: ctx.base, newTabLabel: ctx.newTabLabel }, children),
        );
      else if (tag === 'img') out.push(renderImage(attribute('src'), attribute('alt'), ctx.base));
      else {
        const props: Record<string, string> = {};
        for (const name of COUNTS) if (/^\d{1,4}$/.test(attribute(name))) props[name] = attribute(name);
        const heading = /^h(\d)$/.exec(tag);
        out.push(h(heading ? `h${Math.min(Math.max(Number(heading[1]) + 2, 4), 6)}` : tag, props, children));
      }
    }
  }
  return out;
}

/**
 * The text from `node` on, through its following siblings and all their descendants, up to `root`; code
 * left out. A loop, not recursion: content can nest deeper than the call stack allows.
 */
function textFrom(start: Node | null, root: Node): string {
  let text = '';
  let node = start;
  while (node && node !== root) {
    if (node.nodeType === 3) text += (node as Text).data;
    const child = node.nodeType === 1 && DROPPED.test((node as Element).localName) ? null : node.firstChild;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return text;
}

/**
 * Renders HTML from another help desk to virtual nodes, never to an HTML string. The HTML is parsed into
 * an inert document ({@link parseInertHtml}: it has no browsing context, so its scripts never run and its
 * images never load), then rebuilt through an allowlist: text, basic formatting, headings, lists, tables,
 * quotes, code, links through {@link SafeLink} and https images. Scripts, styles, frames, forms' controls,
 * SVG, event handler and style attributes, classes and ids are dropped; other elements give way to their
 * text. Where the page allows no parsing (Trusted Types in a browser without a safe parser), the text is
 * shown in paragraphs.
 *
 * @param html - The HTML, untrusted.
 * @param ctx - The render's shared state; its budget bounds the number of nodes, whatever the input.
 * @returns The nodes, for a container element.
 * @internal
 */
export function renderHtml(html: string, ctx: ContentContext): ComponentChildren[] {
  const body = parseInertHtml(html);
  if (body) return rebuild(body, ctx, 0);
  const paragraphs = htmlParagraphs(html);
  ctx.budget -= paragraphs.length;
  return paragraphs.map((paragraph) => h('p', null, paragraph));
}
