import { decodeBase64UrlJson, encodeBase64Url } from '../security/base64Url';

/**
 * An opaque pagination cursor: a small JSON object as unpadded base64url. Clients pass cursors back
 * unchanged; the server checks every one it gets back, since anyone can write one.
 * @example
 * ```ts
 * encodeCursor({ o: 10 }); // 'eyJvIjoxMH0'
 * ```
 * @internal
 */
export function encodeCursor(value: Readonly<Record<string, unknown>>): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

/**
 * Reads a cursor written by {@link encodeCursor}; the caller still checks its fields.
 * @returns The object, or `undefined` when the text is not a cursor (never throws).
 * @internal
 */
export function decodeCursor(cursor: string): Record<string, unknown> | undefined {
  return cursor.length === 0 || cursor.length > 512 ? undefined : decodeBase64UrlJson(cursor);
}

/** Whether a decoded cursor field is a position: a positive safe integer. @internal */
export function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
