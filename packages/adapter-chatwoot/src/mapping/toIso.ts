import { chatwootError } from '../errors/chatwootError';

/**
 * The contract's timestamp (RFC 3339, UTC) of `ms`.
 * @throws {ParleyError} `invalid_response` when `ms` is not a time (Chatwoot sent none, or junk).
 * @internal
 */
export function toIso(ms: number): string {
  if (!(ms >= 0 && ms < 8.64e15)) throw chatwootError('invalid_response');
  return new Date(ms).toISOString();
}
