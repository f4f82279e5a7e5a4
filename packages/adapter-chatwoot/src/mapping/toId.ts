import { chatwootError } from '../errors/chatwootError';

/**
 * A Parley id (`cnv_12`, `msg_345`...) from a Chatwoot numeric id.
 * @throws {ParleyError} `invalid_response` when Chatwoot sent no whole number.
 * @internal
 */
export function toId(prefix: string, id: unknown): string {
  if (!/^\d{1,20}$/.test(`${id}`)) throw chatwootError('invalid_response');
  return `${prefix}_${id}`;
}
