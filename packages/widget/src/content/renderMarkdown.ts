import { type ComponentChildren, h } from 'preact';
import { type ContentContext, MAX_NESTING } from './ContentContext';
import { renderInline } from './renderInline';

// Anchored and without nested quantifiers, so no line can make them backtrack for long.
const BLANK = /^\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ITEM = /^( *)([-*+]|(\d{1,9})[.)]) +/;
const HEADING = /^ {0,3}(#{1,6}) +/;
const QUOTE = /^ {0,3}> ?/;

interface Item {
  indent: number;
  ordered: boolean;
  start: number;
  text: string;
}

function startsBlock(line: string, ctx: ContentContext): boolean {
  return FENCE.test(line) || ITEM.test(line) || (ctx.rich && (HEADING.test(line) || QUOTE.test(line)));
}

/** One list from `items[from]` on: its items, and their deeper items as nested lists up to the cap. */
function renderList(
  items: Item[],
  from: number,
  ctx: ContentContext,
  depth: number,
): [ComponentChildren, number] {
  const first = items[from]!;
  const entries: ComponentChildren[] = [];
  let k = from;
  while (k < items.length) {
    const item = items[k]!;
    if (
      k > from &&
      (item.indent < first.indent || (item.indent === first.indent && item.ordered !== first.ordered))
    ) {
      break;
    }
    if (ctx.budget <= 0) {
      entries.push(
        h(
          'li',
          null,
          items
            .slice(k)
            .map((rest) => rest.text)
            .join('\n'),
        ),
      );
      k = items.length;
      break;
    }
    ctx.budget--;
    k++;
    const content = renderInline(item.text, ctx);
    const nested: ComponentChildren[] = [];
    // Past the cap, deeper items simply continue this list.
    while (depth < MAX_NESTING && (items[k]?.indent ?? -1) > item.indent) {
      const [list, after] = renderList(items, k, ctx, depth + 1);
      nested.push(list);
      k = after;
    }
    entries.push(h('li', null, content, nested));
  }
  ctx.budget--;
  const props = first.ordered && first.start !== 1 ? { start: first.start } : null;
  return [h(first.ordered ? 'ol' : 'ul', props, entries), k];
}

/**
 * Renders Markdown to virtual nodes, never to an HTML string: paragraphs, line breaks, fenced code blocks,
 * bullet and numbered lists (nested by indentation) and the inline constructs of {@link renderInline}; in
 * rich content (articles) also headings (`#` and `##` become `h4`, below the panel's `h2` and the view's `h3` title) and
 * blockquotes. Anything else stays literal text.
 *
 * @param text - The Markdown, untrusted.
 * @param ctx - The render's shared state; its budget bounds the number of nodes, whatever the input.
 * @param depth - Blockquote nesting so far.
 * @returns The nodes, for a container element.
 * @internal
 */
export function renderMarkdown(text: string, ctx: ContentContext, depth = 0): ComponentChildren[] {
  const lines = text.split(/\r\n?|\n/);
  const out: ComponentChildren[] = [];
  const push = (node: ComponentChildren) => {
    out.push(node);
    ctx.budget--;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = FENCE.exec(line)?.[1];
    const heading = ctx.rich ? HEADING.exec(line) : null;
    if (BLANK.test(line)) {
      i++;
    } else if (ctx.budget <= 0) {
      push(h('p', null, lines.slice(i).join('\n')));
      break;
    } else if (fence) {
      const code: string[] = [];
      for (i++; i < lines.length; i++) {
        const closing = lines[i]!.trim();
        if (closing.startsWith(fence) && /^(`+|~+)$/.test(closing)) break;
        code.push(lines[i]!);
      }
      i++;
      push(h('pre', { tabIndex: 0 }, h('code', null, code.join('\n'))));
    } else if (heading) {
      push(
        h(
          `h${Math.min(Math.max(heading[1]!.length + 2, 4), 6)}`,
          null,
          renderInline(line.slice(heading[0].length).trim(), ctx),
        ),
      );
      i++;
    } else if (ctx.rich && QUOTE.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length; i++) {
        const marker = QUOTE.exec(lines[i]!);
        if (!marker) break;
        quoted.push(lines[i]!.slice(marker[0].length));
      }
      const inner = quoted.join('\n');
      push(
        h(
          'blockquote',
          null,
          depth < MAX_NESTING ? renderMarkdown(inner, ctx, depth + 1) : h('p', null, inner),
        ),
      );
    } else if (ITEM.test(line)) {
      const items: Item[] = [];
      for (; i < lines.length; i++) {
        const current = lines[i]!;
        const item = ITEM.exec(current);
        const last = items[items.length - 1];
        if (item) {
          items.push({
            indent: item[1]!.length,
            ordered: item[3] !== undefined,
            start: Number(item[3] ?? 1),
            text: current.slice(item[0].length),
          });
        } else if (last && !BLANK.test(current) && /^\s/.test(current)) {
          // An indented line continues the item above it.
          last.text += `\n${current.trim()}`;
        } else if (!(BLANK.test(current) && ITEM.test(lines[i + 1] ?? ''))) {
          break;
        }
      }
      let k = 0;
      while (k < items.length) {
        const [list, next] = renderList(items, k, ctx, 0);
        out.push(list);
        k = next;
      }
    } else {
      const paragraph = [line];
      for (i++; i < lines.length && !BLANK.test(lines[i]!) && !startsBlock(lines[i]!, ctx); i++) {
        paragraph.push(lines[i]!);
      }
      push(h('p', null, renderInline(paragraph.join('\n'), ctx)));
    }
  }
  return out;
}
