import { encodeBase64Url } from '../security/base64Url';
import { hmacSha256 } from './hmacSha256';

/**
 * Signs an identity JWT the way a host app's backend does (HS256 with the widget secret), for tests and
 * examples. `header` replaces the default `{ alg: 'HS256', typ: 'JWT' }`, so tests can forge bad ones.
 * @example
 * ```ts
 * const jwt = await signIdentityJwt('demo-secret-change-me', { sub: 'u_42', exp: nowSeconds + 300 });
 * ```
 * @internal
 */
export async function signIdentityJwt(
  secret: string,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): Promise<string> {
  const encoder = new TextEncoder();
  const signed = `${encodeBase64Url(encoder.encode(JSON.stringify(header)))}.${encodeBase64Url(
    encoder.encode(JSON.stringify(payload)),
  )}`;
  return `${signed}.${encodeBase64Url(await hmacSha256(secret, signed))}`;
}
