/**
 * The initials an avatar shows without a picture: the first letters of the first and last words
 * ("Ada Lovelace" → "AL"), or one character for a name of one word ("王小明" → "王").
 * @internal
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  // By code point (an emoji or a rare CJK character is one), and by spreading, not Array.from: some pages
  // replace Array.from with one that wraps a string whole (MooTools did).
  const first = (word: string | undefined) => [...(word ?? '')][0] ?? '';
  return (first(words[0]) + (words.length > 1 ? first(words[words.length - 1]) : '')).toUpperCase();
}
