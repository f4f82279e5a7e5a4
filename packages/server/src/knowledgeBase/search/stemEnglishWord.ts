const VOWELS = 'aeiou';

function isConsonant(word: string, index: number): boolean {
  const char = word[index]!;
  if (VOWELS.includes(char)) return false;
  // `y` after a consonant sounds like a vowel (sync, try).
  return char !== 'y' || index === 0 || !isConsonant(word, index - 1);
}

function hasVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index++) if (!isConsonant(stem, index)) return true;
  return false;
}

/** Porter's measure: how many vowel-consonant sequences the stem has (`tr`=0, `trouble`=1, `private`=2). */
function measure(stem: string): number {
  let count = 0;
  let previousVowel = false;
  for (let index = 0; index < stem.length; index++) {
    const vowel = !isConsonant(stem, index);
    if (!vowel && previousVowel) count++;
    previousVowel = vowel;
  }
  return count;
}

/** Ends consonant-vowel-consonant, the last not w/x/y: a short syllable that lost its `e` (`mak`, `sav`). */
function endsShortSyllable(stem: string): boolean {
  const last = stem.length - 1;
  return (
    last >= 2 &&
    isConsonant(stem, last) &&
    !isConsonant(stem, last - 1) &&
    isConsonant(stem, last - 2) &&
    !'wxy'.includes(stem[last]!)
  );
}

/** What is left after removing `-ing`/`-ed`, tidied the way Porter's step 1b does. */
function tidy(stem: string): string {
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`; // updat → update
  const last = stem[stem.length - 1]!;
  if (stem.length > 3 && last === stem[stem.length - 2] && isConsonant(stem, stem.length - 1)) {
    return 'lsz'.includes(last) ? stem : stem.slice(0, -1); // running → run, but billing → bill
  }
  if (measure(stem) === 1 && endsShortSyllable(stem)) return `${stem}e`; // making → make
  return stem;
}

/**
 * A light, deterministic English stemmer: reduces plurals, `-ing`, `-ed` and `-ly` so that the forms of a
 * word people type meet the forms articles use (`passwords` → `password`, `syncing` → `sync`, `refunds` →
 * `refund`, `updated` → `update`, `policies` → `policy`, `quickly` → `quick`).
 *
 * Conservative on purpose: only words of plain `a`–`z` with at least four letters change, and only when a
 * stem of three or more letters with a vowel remains. It is not a full Porter stemmer; a few forms stay
 * apart (`used`/`use`, `changing`/`change`), which costs recall, never correctness.
 *
 * @param word - A lowercase, diacritic-free word (as produced by {@link scanSearchText}).
 * @returns The stem; the word itself when no rule applies.
 * @internal
 */
export function stemEnglishWord(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  let stem = word;

  // Plurals and third person.
  if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ies')) stem = stem.length > 4 ? `${stem.slice(0, -3)}y` : stem.slice(0, -1);
  else if (/(?:ch|sh|x|zz)es$/.test(stem) && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  // -ing, -ed
  if (stem.endsWith('ing') && stem.length >= 6 && hasVowel(stem.slice(0, -3))) {
    stem = tidy(stem.slice(0, -3));
  } else if (stem.endsWith('ied') && stem.length > 4) {
    stem = `${stem.slice(0, -3)}y`;
  } else if (
    stem.endsWith('ed') &&
    !stem.endsWith('eed') &&
    stem.length >= 5 &&
    hasVowel(stem.slice(0, -2))
  ) {
    stem = tidy(stem.slice(0, -2));
  } else if (stem.endsWith('ly') && stem.length >= 6 && !/(?:ply|ily|bly)$/.test(stem)) {
    stem = stem.slice(0, -2);
  }
  return stem;
}
