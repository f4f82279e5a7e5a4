/**
 * Opaque pagination cursors: base64url of a small JSON object. Opaque to clients, who must pass them
 * back unchanged; the server checks every cursor it gets back, since anyone can write one.
 * @internal
 */
export function encodeCursor(value: Readonly<Record<string, string | number>>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Reads a cursor written by {@link encodeCursor}; `undefined` when it is not one (wrong alphabet, not
 * JSON, not an object).
 * @internal
 */
export function decodeCursor(cursor: string): Record<string, unknown> | undefined {
  if (cursor.length === 0 || cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a decoded cursor field is a position: a positive safe integer. @internal */
export function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
