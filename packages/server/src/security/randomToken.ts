/**
 * A random URL-safe token with `bytes` bytes of entropy (base64url, no padding), from the platform's
 * cryptographic generator (Node and browsers alike).
 * @internal
 */
export function randomToken(bytes = 32): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  let binary = '';
  for (const byte of buffer) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
