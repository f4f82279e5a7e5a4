import { type ComponentChildren, h } from 'preact';
import { type ContentContext, MAX_NESTING } from './ContentContext';
import { renderImage } from './renderImage';
import { SafeLink } from './SafeLink';

/** A bare URL: ASCII only, so Chinese or Arabic text written right after it is not swallowed into it. */
const BARE_URL = /https?:\/\/[\w\-.~:/?#[\]@!$&'()*+,;=%]+/iy;
/** Punctuation that ends a sentence rather than a bare URL. */
const TRAILING = /[.,:;!?'"*_]/;
const ASCII_WORD = /[A-Za-z0-9]/;
const WORD = /[\p{L}\p{N}]/u;
const ESCAPABLE = /[\\`*_[\]()!#>+\-.~|]/;

/**
 * Renders one paragraph's inline Markdown to virtual nodes: `code`, **strong**, *emphasis* and
 * _emphasis_, [links](url), bare http(s) URLs, line breaks, backslash escapes and, in rich content,
 * ![images](https://...). Anything else, HTML and entities included, stays literal text.
 *
 * Linear in the text's length: each opener looks for its closer through a per-mark cache, so thousands
 * of unclosed `*` or `[` cost one scan each, not one scan per opener.
 *
 * @param text - The paragraph.
 * @param ctx - The render's shared state.
 * @param depth - Emphasis nesting so far.
 * @param links - False inside a link's label, where a URL must not become a second link.
 * @internal
 */
export function renderInline(
  text: string,
  ctx: ContentContext,
  depth = 0,
  links = true,
): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const found: Record<string, number> = {};
  // Openers are met left to right, so a cached position at or after `from` is still the first one.
  const next = (mark: string, from: number): number => {
    const at = found[mark];
    if (at !== undefined && (at < 0 || at >= from)) return at;
    found[mark] = text.indexOf(mark, from);
    return found[mark];
  };
  let plain = '';
  const push = (node: ComponentChildren) => {
    if (plain) out.push(plain);
    plain = '';
    out.push(node);
    ctx.budget--;
  };

  let i = 0;
  while (i < text.length) {
    if (ctx.budget <= 0) {
      plain += text.slice(i);
      break;
    }
    const c = text[i]!;
    if (c === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '\n') {
      push(h('br', null));
      i++;
      continue;
    }
    if (c === '`') {
      const end = next('`', i + 1);
      if (end > i + 1) {
        push(h('code', null, text.slice(i + 1, end)));
        i = end + 1;
        continue;
      }
    }
    if ((c === '*' || c === '_') && depth < MAX_NESTING) {
      const mark = text[i + 1] === c ? c + c : c;
      const start = i + mark.length;
      const end = next(mark, start);
      const inner = text.slice(start, end);
      // `_` only at word edges, so snake_case_names stay as written.
      if (
        end > start &&
        inner.trim() === inner &&
        (c === '*' || !(WORD.test(text[i - 1] ?? '') || WORD.test(text[end + mark.length] ?? '')))
      ) {
        push(h(mark.length > 1 ? 'strong' : 'em', null, renderInline(inner, ctx, depth + 1, links)));
        i = end + mark.length;
        continue;
      }
    }
    const image = ctx.rich && c === '!' && text[i + 1] === '[';
    if (c === '[' || image) {
      const open = image ? i + 1 : i;
      const close = next(']', open + 1);
      const end = close > open && text[close + 1] === '(' ? next(')', close + 2) : -1;
      const label = text.slice(open + 1, close);
      if (end > 0 && (image || label)) {
        const target = text
          .slice(close + 2, end)
          .trim()
          .split(/\s/)[0]!;
        push(
          image
            ? renderImage(target, label, ctx.base)
            : h(
                SafeLink,
                { href: target, base: ctx.base, newTabLabel: ctx.newTabLabel },
                renderInline(label, ctx, depth + 1, false),
              ),
        );
        i = end + 1;
        continue;
      }
    }
    if (links && (c === 'h' || c === 'H') && !ASCII_WORD.test(text[i - 1] ?? '')) {
      BARE_URL.lastIndex = i;
      const url = BARE_URL.exec(text)?.[0];
      if (url) {
        const parens = url.includes('(');
        let end = url.length;
        while (TRAILING.test(url[end - 1]!) || (url[end - 1] === ')' && !parens)) end--;
        const href = url.slice(0, end);
        push(h(SafeLink, { href, newTabLabel: ctx.newTabLabel }, href));
        i += end;
        continue;
      }
    }
    plain += c;
    i++;
  }
  if (plain) out.push(plain);
  return out;
}
