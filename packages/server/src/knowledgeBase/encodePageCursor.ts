/**
 * Encodes an opaque pagination cursor: a JSON value as unpadded base64url of its UTF-8 bytes. Browser-safe
 * (no `Buffer`); read it back with {@link decodePageCursor}.
 * @param value - Anything `JSON.stringify` accepts.
 * @example
 * ```ts
 * encodePageCursor({ o: 10 }); // 'eyJvIjoxMH0'
 * ```
 * @internal
 */
export function encodePageCursor(value: unknown): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(value))) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
