import type { Highlight } from '@parley/contract';

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/** Whether a highlighted piece of text is (a form of) one of the query's terms. */
function isAbout(piece: string, terms: readonly string[]): boolean {
  const text = piece.toLowerCase();
  return terms.some((term) => {
    const word = term.toLowerCase();
    // Stemmed matches highlight another form of the word: "passwords" for "password", "studies" for "study".
    return (
      text.includes(word) ||
      word.includes(text) ||
      commonPrefix(text, word) >= Math.min(4, word.length, text.length)
    );
  });
}

/**
 * What is wrong with the highlight ranges of a text: ranges outside the text, empty or reversed ranges,
 * and ranges that do not cover a query term. Empty when they are all right.
 * @internal
 */
export function highlightProblems(
  text: string,
  highlights: readonly Highlight[],
  terms: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const { start, end } of highlights) {
    if (start >= end || end > text.length) {
      problems.push(`[${start}, ${end}) is not a range inside "${text}" (${text.length} code units)`);
    } else if (!isAbout(text.slice(start, end), terms)) {
      problems.push(`[${start}, ${end}) marks "${text.slice(start, end)}", not the query, in "${text}"`);
    }
  }
  return problems;
}
