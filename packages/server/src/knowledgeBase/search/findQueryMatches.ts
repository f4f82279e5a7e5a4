import { scanSearchText } from './scanSearchText';
import { stemEnglishWord } from './stemEnglishWord';

/**
 * Every place in a text that a query term matches, the raw material of {@link findHighlights} and
 * {@link buildSnippet}.
 *
 * A word of the query matches a word of the text that starts with it, compared as search compares them:
 * case- and diacritic-insensitively, as typed or stemmed (`pass` matches `Password`, `syncing` matches
 * `synced`); the whole text word is the match. A CJK run of the query matches wherever the text contains it
 * (after the same normalisation).
 *
 * @param text - The text to look in.
 * @param query - What the user typed.
 * @returns Matches in text order (they may overlap), each with the index of the query term it matched.
 * @internal
 */
export function findQueryMatches(
  text: string,
  query: string,
): { start: number; end: number; term: number }[] {
  const words: { typed: string; stem: string }[] = [];
  const runs: string[][] = [];
  const seen = new Set<string>();
  for (const segment of scanSearchText(query)) {
    const key = segment.kind === 'word' ? `w${segment.text}` : `c${segment.chars.join('')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (segment.kind === 'word') words.push({ typed: segment.text, stem: stemEnglishWord(segment.text) });
    else runs.push(segment.chars);
  }
  if (words.length === 0 && runs.length === 0) return [];

  const matches: { start: number; end: number; term: number }[] = [];
  for (const segment of scanSearchText(text)) {
    if (segment.kind === 'word') {
      if (words.length === 0) continue;
      const stem = stemEnglishWord(segment.text);
      const term = words.findIndex(({ typed, stem: queryStem }) => {
        return segment.text.startsWith(typed) || stem.startsWith(queryStem);
      });
      if (term >= 0) matches.push({ start: segment.start, end: segment.end, term });
      continue;
    }
    const { chars, starts, ends } = segment;
    runs.forEach((run, index) => {
      for (let at = 0; at + run.length <= chars.length; at++) {
        let found = true;
        for (let offset = 0; offset < run.length && found; offset++)
          found = chars[at + offset] === run[offset];
        if (found)
          matches.push({ start: starts[at]!, end: ends[at + run.length - 1]!, term: words.length + index });
      }
    });
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}
