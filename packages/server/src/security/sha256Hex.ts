/**
 * SHA-256 of a UTF-8 string as lowercase hex. Tokens are stored as their hash, so a leaked database does
 * not leak working tokens.
 * @internal
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
