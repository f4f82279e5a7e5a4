/**
 * Decodes a cursor made by {@link encodePageCursor}; the caller still checks the value's shape.
 * @returns The value, or `undefined` when the text is not a cursor (never throws).
 * @internal
 */
export function decodePageCursor(cursor: string): unknown {
  if (cursor === '' || cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
