function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function hmac(secret: string, message: string): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

/** HMAC-SHA256 of `message` with `secret`, lowercase hex: the identity `hash` of a user id. @internal */
export async function hmacHex(secret: string, message: string): Promise<string> {
  return [...(await hmac(secret, message))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An HS256 JSON Web Token of `payload`, signed with `secret`. @internal */
export async function signJwt(payload: Readonly<Record<string, unknown>>, secret: string): Promise<string> {
  const encode = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
  const signingInput = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${signingInput}.${toBase64Url(await hmac(secret, signingInput))}`;
}

/** An unsigned token (`alg: none`), which a backend must refuse. @internal */
export function unsignedJwt(payload: Readonly<Record<string, unknown>>): string {
  const encode = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}
