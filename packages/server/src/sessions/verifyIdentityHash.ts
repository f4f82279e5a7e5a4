import { timingSafeEqual } from '../security/timingSafeEqual';
import { identityHash } from './identityHash';

/**
 * Checks an identity hash: lowercase hex HMAC-SHA256 of `userId` keyed with the widget secret, compared
 * in constant time.
 * @internal
 */
export async function verifyIdentityHash(secret: string, userId: string, hash: string): Promise<boolean> {
  return timingSafeEqual(await identityHash(secret, userId), hash);
}
