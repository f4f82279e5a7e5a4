/**
 * `text` cut to at most `max` UTF-16 code units, never in the middle of a surrogate pair (half an emoji
 * would be an invalid string for a JSON backend).
 * @internal
 */
export function truncate(text: string, max: number): string {
  // A high surrogate left last would have lost its partner.
  return text.slice(0, max).replace(/[\ud800-\udbff]$/, '');
}
