import { encodeBase64Url } from './base64Url';

/**
 * A random URL-safe token with `bytes` bytes of entropy (base64url, no padding), from the platform's
 * cryptographic generator (Node and browsers alike).
 * @internal
 */
export function randomToken(bytes = 32): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase64Url(buffer);
}
