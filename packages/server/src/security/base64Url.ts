/**
 * Bytes as unpadded base64url (RFC 4648 §5), with the platform's `btoa` so it runs in Node and browsers.
 * @internal
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Reads unpadded base64url back into bytes.
 * @returns The bytes, or `undefined` when the text is not base64url (never throws).
 * @internal
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * Reads unpadded base64url of a UTF-8 JSON object (a JWT header or payload, a page cursor).
 * @returns The object, or `undefined` when the text is not base64url, not UTF-8, not JSON or not an object
 *   (never throws).
 * @internal
 */
export function decodeBase64UrlJson(text: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64Url(text);
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
