import { decodeBase64Url, decodeBase64UrlJson } from '../security/base64Url';
/** How far the host app's clock may be off, in seconds, for `exp`, `nbf` and `iat`. @internal */
export const JWT_LEEWAY_SECONDS = 60;

/** What a verified identity JWT tells about the user, besides `sub`. @internal */
export interface IdentityClaims {
  /** The `email` claim, when it is a string of at most 320 characters. */
  email?: string;
  /** The `name` claim, when it is a non-empty string of at most 200 characters. */
  name?: string;
}

/** The outcome of {@link verifyIdentityJwt}; `reason` is for the problem's `detail`. @internal */
export type JwtVerification = { ok: true; claims: IdentityClaims } | { ok: false; reason: string };

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Verifies an identity JWT (RFC 7519) signed by the host app's backend with the widget secret.
 *
 * Rules: the header's `alg` must be exactly `HS256` (so `none` and every other algorithm are refused,
 * whatever the token claims) and it may not name `crit` extensions; the HMAC-SHA256 signature is checked
 * with WebCrypto; `sub` must equal `userId`; `exp` is required and must not have passed; `nbf` and `iat`
 * are honoured when present (`iat` may not be in the future). Times allow
 * {@link JWT_LEEWAY_SECONDS} of clock skew. String `email` and `name` claims are returned, to win over
 * the request body.
 *
 * @param now - Epoch milliseconds.
 * @internal
 */
export async function verifyIdentityJwt(
  secret: string,
  jwt: string,
  userId: string,
  now: number,
): Promise<JwtVerification> {
  const parts = jwt.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'The JWT must have three dot-separated parts.' };
  const [encodedHeader = '', encodedPayload = '', encodedSignature = ''] = parts;
  const header = decodeBase64UrlJson(encodedHeader);
  const payload = decodeBase64UrlJson(encodedPayload);
  const signature = decodeBase64Url(encodedSignature);
  if (header === undefined || payload === undefined || signature === undefined) {
    return { ok: false, reason: 'The JWT is not base64url-encoded JSON.' };
  }
  if (header.alg !== 'HS256') return { ok: false, reason: 'The JWT must be signed with HS256.' };
  if (header.crit !== undefined) return { ok: false, reason: 'The JWT names extensions this server lacks.' };
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const signed = new TextEncoder().encode(`${encodedHeader}.${encodedPayload}`);
  // crypto.subtle.verify compares in constant time.
  if (!(await crypto.subtle.verify('HMAC', key, signature as Uint8Array<ArrayBuffer>, signed))) {
    return { ok: false, reason: 'The JWT signature does not verify with this widget secret.' };
  }
  if (payload.sub !== userId) return { ok: false, reason: 'The JWT subject (sub) is not this userId.' };
  const seconds = now / 1000;
  if (!isNumericDate(payload.exp)) return { ok: false, reason: 'The JWT has no expiry (exp).' };
  if (payload.exp + JWT_LEEWAY_SECONDS <= seconds) return { ok: false, reason: 'The JWT has expired.' };
  if (
    payload.nbf !== undefined &&
    (!isNumericDate(payload.nbf) || payload.nbf - JWT_LEEWAY_SECONDS > seconds)
  ) {
    return { ok: false, reason: 'The JWT is not valid yet (nbf).' };
  }
  if (
    payload.iat !== undefined &&
    (!isNumericDate(payload.iat) || payload.iat - JWT_LEEWAY_SECONDS > seconds)
  ) {
    return { ok: false, reason: 'The JWT was issued in the future (iat).' };
  }
  const claims: IdentityClaims = {};
  if (typeof payload.email === 'string' && payload.email.length > 0 && payload.email.length <= 320) {
    claims.email = payload.email;
  }
  if (typeof payload.name === 'string' && payload.name.trim() !== '' && payload.name.length <= 200) {
    claims.name = payload.name;
  }
  return { ok: true, claims };
}
