import { toHex } from '../security/toHex';
import { hmacSha256 } from './hmacSha256';

/**
 * The identity hash of a user id: lowercase hex HMAC-SHA256 keyed with the widget secret, as a host
 * app's backend computes it (for tests and examples; in Node,
 * `createHmac('sha256', secret).update(userId).digest('hex')` gives the same).
 */
export async function identityHash(secret: string, userId: string): Promise<string> {
  return toHex(await hmacSha256(secret, userId));
}
