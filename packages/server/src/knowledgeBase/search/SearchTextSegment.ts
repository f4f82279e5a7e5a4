/**
 * One piece of searchable text found by {@link scanSearchText}, with where it came from in the source, so
 * that indexing and highlighting agree on what a word is.
 *
 * - `word`: a run of letters/digits outside CJK scripts (Latin, Cyrillic, Greek, digits…), already
 *   NFKC-normalised, lowercased and without diacritics, internal apostrophes removed (`don't` → `dont`),
 *   not stemmed.
 * - `cjk`: a run of Han, Hiragana, Katakana (with `ー`) or Hangul characters, one entry per character.
 *
 * Offsets are UTF-16 indices into the scanned text, `end` exclusive.
 * @internal
 */
export type SearchTextSegment =
  | {
      /** A word of an alphabetic script or digits. */
      kind: 'word';
      /** The normalised word, e.g. `resume` for `Résumé`. */
      text: string;
      /** Where the word starts in the source. */
      start: number;
      /** Where the word ends in the source. */
      end: number;
    }
  | {
      /** A run of CJK characters. */
      kind: 'cjk';
      /** The normalised characters, one code point each. */
      chars: string[];
      /** Where each character starts in the source (parallel to `chars`). */
      starts: number[];
      /** Where each character ends in the source (parallel to `chars`). */
      ends: number[];
    };
