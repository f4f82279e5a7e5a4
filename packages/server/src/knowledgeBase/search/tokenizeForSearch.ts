import { scanSearchText } from './scanSearchText';
import { stemEnglishWord } from './stemEnglishWord';

/**
 * Turns text into the terms the knowledge-base search indexes and matches, the same way for documents and
 * queries, in English, Chinese, Japanese and Korean alike.
 *
 * - Everything is NFKC-normalised (full-width `Ａ` → `a`, half-width `ｶ` → `カ`), lowercased and stripped
 *   of diacritics (`Café` → `cafe`).
 * - Words of alphabetic scripts and digits are split on anything that is not a letter or digit; an
 *   apostrophe inside a word is dropped (`can't` → `cant`); English words go through a light stemmer
 *   ({@link stemEnglishWord}: `passwords` → `password`, `syncing` → `sync`).
 * - Runs of Han, Hiragana, Katakana (with `ー`) and Hangul have no spaces between words, so they become
 *   overlapping character pairs (bigrams), or the character itself when the run is one character long.
 *
 * @param text - Plain text (a title, a body, a query).
 * @returns The terms in order, duplicates kept.
 * @example
 * ```ts
 * tokenizeForSearch('Reset passwords'); // ['reset', 'password']
 * tokenizeForSearch('重設密碼'); // ['重設', '設密', '密碼']
 * tokenizeForSearch('パスワード'); // ['パス', 'スワ', 'ワー', 'ード']
 * ```
 * @internal
 */
export function tokenizeForSearch(text: string): string[] {
  const tokens: string[] = [];
  for (const segment of scanSearchText(text)) {
    if (segment.kind === 'word') {
      tokens.push(stemEnglishWord(segment.text));
    } else if (segment.chars.length === 1) {
      tokens.push(segment.chars[0]!);
    } else {
      for (let index = 1; index < segment.chars.length; index++) {
        tokens.push(segment.chars[index - 1]! + segment.chars[index]!);
      }
    }
  }
  return tokens;
}
