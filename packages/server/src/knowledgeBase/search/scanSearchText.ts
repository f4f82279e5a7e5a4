import type { SearchTextSegment } from './SearchTextSegment';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
/** Characters that join a word when they sit between two letters: `don't`, `don’t`, `donʼt`. */
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);
/**
 * Letters that SQLite's `unicode61` tokenizer folds further than `toLowerCase()` + diacritic removal does.
 * Applying them here keeps every emitted token a fixed point of that tokenizer, so the SQLite and the memory
 * index see the same terms.
 */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ς: 'σ' };
/**
 * Letters in current Unicode that were combining marks in the Unicode version SQLite's tokenizer knows
 * (New Tai Lue vowel signs, two Vedic signs): dropped like other marks, for the same reason.
 */
const OLD_MARKS = /[\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3]/u;

// Character classes of folded output characters.
const SEPARATOR = 0;
const WORD = 1;
const CJK_CHAR = 2;
const APOSTROPHE = 3;

/** Folded form of each ASCII character: lowercase letters/digits, `'` or a separator (space). */
const ASCII_FOLD: readonly string[] = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[a-z0-9]/.test(char)) return char;
  if (/[A-Z]/.test(char)) return char.toLowerCase();
  return char === "'" ? "'" : ' ';
});

const foldCache = new Map<string, string>();
const classCache = new Map<string, number>();

/**
 * NFKC-normalises, lowercases and strips diacritics from one cluster (a character and its combining
 * marks). Returns letters/digits, `'` for an apostrophe and a space for anything that separates words.
 */
function foldCluster(cluster: string): string {
  const cached = foldCache.get(cluster);
  if (cached !== undefined) return cached;
  let out = '';
  for (const char of cluster.normalize('NFKC').toLowerCase()) {
    if (APOSTROPHES.has(char)) {
      out += "'";
    } else if (LETTER_OR_DIGIT.test(char)) {
      if (CJK.test(char)) {
        // Never decompose CJK: NFD would turn Hangul into jamo and パ into ハ + a voicing mark.
        out += char;
      } else {
        for (const part of char.normalize('NFD')) {
          if (!MARK.test(part) && !OLD_MARKS.test(part)) out += EXTRA_FOLDS[part] ?? part;
        }
      }
    } else if (MARK.test(char)) {
      // A combining mark that did not compose: a diacritic, dropped without splitting the word.
    } else {
      out += ' ';
    }
  }
  if (foldCache.size < 20_000) foldCache.set(cluster, out);
  return out;
}

function classify(char: string): number {
  let found = classCache.get(char);
  if (found === undefined) {
    if (char === ' ') found = SEPARATOR;
    else if (char === "'") found = APOSTROPHE;
    else found = CJK.test(char) ? CJK_CHAR : WORD;
    if (classCache.size < 20_000) classCache.set(char, found);
  }
  return found;
}

/**
 * Whether the character at `index` belongs to the cluster before it: a combining mark, a half-width
 * (semi-)voiced sound mark (`ﾊﾟ` → `パ`) or a conjoining Hangul vowel/final (decomposed Hangul, as macOS
 * file names and some pasted text have), which NFKC composes with what precedes it.
 */
function continuesCluster(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // Combining marks start at U+0300; this keeps the common case free of regular expressions.
  if (code < 0x300) return false;
  if (code === 0xff9e || code === 0xff9f) return true;
  if ((code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff)) return true;
  return MARK.test(String.fromCodePoint(text.codePointAt(index)!));
}

function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Splits text into the words and CJK runs that search works on, keeping their positions in the source.
 *
 * Each character is taken with its combining marks, NFKC-normalised, lowercased and stripped of diacritics
 * (`É` → `e`, `й` → `и`; kana and Hangul are left whole). Letters and digits of alphabetic scripts form
 * words, split on everything else; an apostrophe between two letters is dropped (`don't` → `dont`). Han,
 * Hiragana, Katakana (with the prolonged sound mark `ー`) and Hangul form CJK runs.
 *
 * This is the single definition of "a term" shared by {@link tokenizeForSearch} (indexing and querying) and
 * {@link findHighlights} (showing matches), so they cannot disagree.
 *
 * @param text - Any text.
 * @returns The segments in source order.
 * @internal
 */
export function scanSearchText(text: string): SearchTextSegment[] {
  const segments: SearchTextSegment[] = [];
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;
  let apostropheInWord = false;
  let cjk: Extract<SearchTextSegment, { kind: 'cjk' }> | undefined;

  const endWord = (): void => {
    if (word !== '') segments.push({ kind: 'word', text: word, start: wordStart, end: wordEnd });
    word = '';
    apostropheInWord = false;
  };

  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let end = index + codePointLength(text, index);
    while (end < text.length && continuesCluster(text, end)) end += codePointLength(text, end);

    if (code < 0x80 && end === index + 1) {
      // ASCII fast path.
      const folded = ASCII_FOLD[code]!;
      if (folded === ' ') {
        endWord();
        cjk = undefined;
      } else if (folded === "'") {
        cjk = undefined;
        if (word !== '' && !apostropheInWord) apostropheInWord = true;
        else endWord();
      } else {
        cjk = undefined;
        if (word === '') wordStart = index;
        word += folded;
        wordEnd = end;
        apostropheInWord = false;
      }
      index = end;
      continue;
    }

    for (const char of foldCluster(text.slice(index, end))) {
      const kind = classify(char);
      if (kind === WORD) {
        cjk = undefined;
        if (word === '') wordStart = index;
        word += char;
        wordEnd = end;
        apostropheInWord = false;
      } else if (kind === CJK_CHAR) {
        endWord();
        if (cjk === undefined) {
          cjk = { kind: 'cjk', chars: [], starts: [], ends: [] };
          segments.push(cjk);
        }
        cjk.chars.push(char);
        cjk.starts.push(index);
        cjk.ends.push(end);
      } else if (kind === APOSTROPHE) {
        cjk = undefined;
        if (word !== '' && !apostropheInWord) apostropheInWord = true;
        else endWord();
      } else {
        endWord();
        cjk = undefined;
      }
    }
    index = end;
  }
  endWord();
  return segments;
}
