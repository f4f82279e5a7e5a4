import type { Highlight } from '@parley/core';

/** A run of text, highlighted or not. */
export interface HighlightedPart {
  /** The characters of the run. */
  text: string;
  /** Whether the run matched the search. */
  highlighted: boolean;
}

/**
 * Cuts a search result's text into runs at its highlight ranges (UTF-16 `[start, end)`, as the server
 * sends them). Ranges may come unsorted, overlapping or out of bounds: they are sorted, clamped to the
 * text, and an overlap only highlights what the previous range did not; empty ranges are skipped.
 *
 * @param text - The title or snippet.
 * @param highlights - The ranges to highlight.
 * @returns The runs, in order; joined, they are `text`.
 * @example
 * ```ts
 * splitHighlights('Reset your password', [{ start: 11, end: 19 }]);
 * // [{ text: 'Reset your ', highlighted: false }, { text: 'password', highlighted: true }]
 * ```
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): HighlightedPart[] {
  const parts: HighlightedPart[] = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    const from = Math.max(at, start);
    const to = Math.min(end, text.length);
    if (!(to > from)) continue;
    if (from > at) parts.push({ text: text.slice(at, from), highlighted: false });
    parts.push({ text: text.slice(from, to), highlighted: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), highlighted: false });
  return parts;
}
