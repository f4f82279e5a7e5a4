/**
 * `text` cut to at most `max` UTF-16 code units, never in the middle of a surrogate pair (half an emoji
 * would be an invalid string for a JSON backend).
 * @internal
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // A high surrogate as the last unit kept would lose its partner.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
