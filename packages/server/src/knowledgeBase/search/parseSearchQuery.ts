import type { SearchQueryPhrase } from './SearchQueryPhrase';
import { scanSearchText } from './scanSearchText';
import { stemEnglishWord } from './stemEnglishWord';

/**
 * Turns what a user typed into the conditions every {@link ArticleSearchIndex} implementation applies, so
 * that they all match the same documents.
 *
 * Terms come from the same rules as {@link tokenizeForSearch}. Every phrase must match (AND). The last word
 * of an alphabetic script also matches as a prefix, for search-as-you-type (`pass` → `password`); CJK terms
 * (bigrams) match exactly. Duplicates are removed. Punctuation, quotes and operators (`"`, `*`, `-`, `OR`,
 * `NEAR(`) are plain text: they separate words or are words, never syntax.
 *
 * @param query - The raw query.
 * @returns The phrases in query order; empty when the query has no searchable terms.
 * @example
 * ```ts
 * parseSearchQuery('sync dev'); // [{ term: 'sync', prefix: false }, { term: 'dev', prefix: true }]
 * ```
 * @internal
 */
export function parseSearchQuery(query: string): SearchQueryPhrase[] {
  const segments = scanSearchText(query);
  let lastWord = -1;
  segments.forEach((segment, index) => {
    if (segment.kind === 'word') lastWord = index;
  });

  const phrases: SearchQueryPhrase[] = [];
  const seen = new Set<string>();
  const add = (term: string, prefix: boolean): void => {
    const key = `${prefix ? '*' : '='}${term}`;
    if (seen.has(key)) return;
    seen.add(key);
    phrases.push({ term, prefix });
  };
  segments.forEach((segment, index) => {
    if (segment.kind === 'word') {
      add(stemEnglishWord(segment.text), index === lastWord);
    } else if (segment.chars.length === 1) {
      add(segment.chars[0]!, false);
    } else {
      for (let char = 1; char < segment.chars.length; char++) {
        add(segment.chars[char - 1]! + segment.chars[char]!, false);
      }
    }
  });
  return phrases;
}
