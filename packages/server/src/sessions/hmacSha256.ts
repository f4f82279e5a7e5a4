/**
 * HMAC-SHA256 of a UTF-8 message with a UTF-8 key, through WebCrypto (`crypto.subtle`), so it runs in
 * Node and in browsers alike.
 * @internal
 */
export async function hmacSha256(key: string, message: string | Uint8Array): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const data = typeof message === 'string' ? encoder.encode(message) : message;
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data as Uint8Array<ArrayBuffer>));
}
