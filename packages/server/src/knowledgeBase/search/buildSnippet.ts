import { findHighlights } from './findHighlights';
import { findQueryMatches } from './findQueryMatches';
import type { HighlightRange } from './HighlightRange';
import type { SearchSnippet } from './SearchSnippet';

const ELLIPSIS = '…';
/** How far a cut may move to land between words instead of inside one. */
const SNAP = 16;
/** Context kept before the first match, at most. */
const LEAD = 40;

/** Where an excerpt may start or end: after a space, or after CJK punctuation (which has no space). */
const BREAK = /[\s、。，．！？；：]/;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

function isBreak(char: string | undefined): boolean {
  return char !== undefined && BREAK.test(char);
}

/** Sorted matches → sorted, disjoint ranges, overlapping and touching ones merged (as findHighlights). */
function mergeRanges(matches: readonly Match[]): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  for (const { start, end } of matches) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

interface Match {
  start: number;
  end: number;
  term: number;
}

/**
 * The span of matches to show: the window that fits the most distinct query terms, then the most matches,
 * then the first. A sliding window over the matches (sorted by start), linear in their number.
 */
function bestCluster(matches: readonly Match[], budget: number): { start: number; end: number } {
  const first = matches[0]!;
  let best = { start: first.start, end: Math.min(first.end, first.start + budget), terms: 0, count: 0 };
  const counts = new Map<number, number>();
  let next = 0;
  for (let index = 0; index < matches.length; index++) {
    const start = matches[index]!.start;
    next = Math.max(next, index);
    while (next < matches.length && matches[next]!.end - start <= budget) {
      const term = matches[next]!.term;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      next++;
    }
    const count = next - index;
    if (counts.size > best.terms || (counts.size === best.terms && count > best.count)) {
      let end = start;
      for (let inside = index; inside < next; inside++) end = Math.max(end, matches[inside]!.end);
      best = { start, end, terms: counts.size, count };
    }
    if (count > 0) {
      const term = matches[index]!.term;
      const left = counts.get(term)! - 1;
      if (left === 0) counts.delete(term);
      else counts.set(term, left);
    }
  }
  return best;
}

/**
 * Builds the excerpt shown under a search result: the window of the text around the best cluster of
 * matches (the most distinct query terms, then the most matches), cut between words where it can, with `…`
 * where text was cut off, plus the ranges to highlight in it. Matching is {@link findHighlights}': words
 * that start with a query word, any occurrence of a CJK query run. Without matches the excerpt is the start
 * of the text. Line breaks become spaces (one for one).
 *
 * @param plainText - The article as plain text (see {@link markdownToPlainText}).
 * @param query - What the user typed.
 * @param maxLength - The longest excerpt, in UTF-16 units, ellipses included.
 * @returns The excerpt and its highlight ranges (UTF-16 indices into the excerpt, sorted, not overlapping,
 * touching ones merged).
 * @example
 * ```ts
 * buildSnippet(longText, 'refund', 60);
 * // { text: '…you can ask for a refund within 30 days of…', highlights: [{ start: 19, end: 25 }] }
 * ```
 * @internal
 */
export function buildSnippet(plainText: string, query: string, maxLength = 160): SearchSnippet {
  const flat = plainText.replace(/[\n\r\t\f\v]/g, ' ');
  if (flat.length <= maxLength) return { text: flat, highlights: findHighlights(plainText, query) };

  const ellipses = maxLength >= 3;
  const budget = ellipses ? maxLength - 2 : Math.max(0, maxLength);
  const matches = findQueryMatches(plainText, query);

  let start = 0;
  let mustShowFrom = 0;
  let mustShowTo = 0;
  if (matches.length > 0) {
    const cluster = bestCluster(matches, budget);
    mustShowFrom = cluster.start;
    mustShowTo = cluster.end;
    const slack = Math.max(0, budget - (cluster.end - cluster.start));
    start = Math.max(
      0,
      Math.min(cluster.start - Math.min(Math.floor(slack / 2), LEAD), flat.length - budget),
    );
  }
  let end = Math.min(flat.length, start + budget);

  // Cut between words or after a CJK sentence mark: move the start forward, the end back, a little.
  if (start > 0 && !isBreak(flat[start - 1]) && !isSpace(flat[start])) {
    const found = flat.slice(start, Math.min(start + SNAP, mustShowFrom)).search(BREAK);
    if (found >= 0) start += found + 1;
  }
  if (end < flat.length && !isBreak(flat[end - 1]) && !isSpace(flat[end])) {
    for (let index = end - 1; index >= Math.max(end - SNAP, mustShowTo, start + 1); index--) {
      if (isBreak(flat[index])) {
        end = isSpace(flat[index]) ? index : index + 1;
        break;
      }
    }
  }
  while (start < end && isSpace(flat[start])) start++;
  while (end > start && isSpace(flat[end - 1])) end--;
  // Never split a surrogate pair.
  if (start > 0 && isLowSurrogate(flat, start)) start++;
  if (end < flat.length && isLowSurrogate(flat, end)) end--;

  const before = ellipses && start > 0 ? ELLIPSIS : '';
  const after = ellipses && end < flat.length ? ELLIPSIS : '';
  const shift = before.length - start;
  const highlights: HighlightRange[] = [];
  for (const range of mergeRanges(matches)) {
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    if (from < to) highlights.push({ start: from + shift, end: to + shift });
  }
  return { text: before + flat.slice(start, end) + after, highlights };
}
