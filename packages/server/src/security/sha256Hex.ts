import { toHex } from './toHex';

/**
 * SHA-256 of a UTF-8 string (or of bytes) as lowercase hex. Tokens are stored as their hash, so a leaked
 * database does not leak working tokens.
 * @internal
 */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}
