import { findQueryMatches } from './findQueryMatches';
import type { HighlightRange } from './HighlightRange';

/**
 * What to highlight in a whole text (a title, say) for a query: every word that starts with a query word
 * (`pass` highlights `Password`; case, diacritics and English inflections do not matter) and every
 * occurrence of a CJK run of the query.
 *
 * @param text - The text shown.
 * @param query - What the user typed.
 * @returns Ranges of `text`, sorted, not overlapping, touching ones merged; empty when nothing matches.
 * @example
 * ```ts
 * findHighlights('Reset your Password', 'pass'); // [{ start: 11, end: 19 }]
 * findHighlights('如何重設密碼', '密碼'); // [{ start: 4, end: 6 }]
 * ```
 * @internal
 */
export function findHighlights(text: string, query: string): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  for (const { start, end } of findQueryMatches(text, query)) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}
