const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLOCKQUOTE = /^[ \t]*(?:>[ \t]?)+/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Inline syntax of text outside code spans. */
function stripInlineSyntax(text: string): string {
  return (
    text
      // Images keep their alt text, links their text; inline and reference links alike.
      .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, '$1')
      .replace(/!?\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      // Autolinks: <https://…>, <mailto:…>, <name@example.com>.
      .replace(/<((?:https?|ftp|mailto):[^>\s]+|[^@\s<>]+@[^@\s<>]+)>/gi, '$1')
      // HTML: comments and tags go, a line break becomes a space.
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')
      // Emphasis and strikethrough; `_` only at word boundaries, so snake_case stays intact.
      .replace(/(\*{1,3})(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
  );
}

/** Inline syntax of one line (or joined paragraph): code spans keep their content verbatim. */
function stripInline(text: string): string {
  // Backslash escapes are literal characters: park them in private-use placeholders first.
  const escaped: string[] = [];
  const parked = text.replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => {
    escaped.push(char);
    return `\uE000${escaped.length - 1}\uE001`;
  });
  let out = '';
  let last = 0;
  for (const match of parked.matchAll(/(`+)([\s\S]*?[^`])\1(?!`)/g)) {
    out += decodeEntities(stripInlineSyntax(parked.slice(last, match.index)));
    out += match[2]!.replace(/^ (.*) $/, '$1');
    last = match.index + match[0].length;
  }
  out += decodeEntities(stripInlineSyntax(parked.slice(last)));
  return out.replace(/\uE000(\d+)\uE001/g, (_, index: string) => escaped[Number(index)] ?? '');
}

/**
 * Turns an article's Markdown into readable plain text, for indexing and for search snippets.
 *
 * Headings, emphasis, strikethrough, code ticks and fences, list and task markers, block quotes, tables,
 * HTML tags, reference definitions and thematic breaks are removed; links and images keep their text;
 * entities and backslash escapes become the characters they stand for. Lines of one paragraph are joined
 * with a space; paragraphs, headings, list items, table rows and code lines each become one line. Spaces
 * are collapsed, lines trimmed and empty lines dropped.
 *
 * @param markdown - CommonMark/GFM source.
 * @returns Plain text with single spaces and single newlines.
 * @example
 * ```ts
 * markdownToPlainText('## Reset\n\nOpen **Settings** and [reset](https://x.test) your `password`.');
 * // 'Reset\nOpen Settings and reset your password.'
 * ```
 * @internal
 */
export function markdownToPlainText(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let fence: string | undefined;

  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push(stripInline(paragraph.join(' ')));
    paragraph = [];
  };

  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence !== undefined) {
      const marker = FENCE.exec(line)?.[1];
      if (
        marker !== undefined &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        line.trim() === marker
      ) {
        fence = undefined;
      } else {
        blocks.push(line);
      }
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening !== null) {
      endParagraph();
      fence = opening[1]!;
      continue;
    }
    if (line.trim() === '' || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      endParagraph();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && paragraph.length > 0) {
      endParagraph();
      continue;
    }
    if (line.includes('-') && line.includes('|') && TABLE_DELIMITER.test(line)) continue;

    let text = line.replace(BLOCKQUOTE, '');
    if (HEADING.test(text)) {
      endParagraph();
      blocks.push(stripInline(text.replace(HEADING, '').replace(/[ \t]+#+[ \t]*$/, '')));
    } else if (LIST_ITEM.test(text)) {
      endParagraph();
      paragraph.push(text.replace(LIST_ITEM, ''));
    } else if (/^[ \t]*\|/.test(text)) {
      endParagraph();
      text = text.replace(/^[ \t]*\|/, '').replace(/\|[ \t]*$/, '');
      blocks.push(stripInline(text.replace(/(?<!\\)\|/g, ' ')));
    } else {
      paragraph.push(text);
    }
  }
  endParagraph();

  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n');
}
