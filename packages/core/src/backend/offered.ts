import type { Backend } from '../backend/Backend';
import { ParleyError } from '../errors/ParleyError';

/**
 * The backend's method `name`, bound to it, or an `invalid_request` when the backend leaves it out (an
 * adapter for a helpdesk without tickets or a knowledge base): a missing member must not surface as a
 * `TypeError`.
 * @internal
 */
export function offered<K extends keyof Backend>(backend: Backend, name: K): NonNullable<Backend[K]> {
  const method = backend[name] as NonNullable<Backend[K]> | undefined;
  if (!method) throw new ParleyError('invalid_request', `${name} is not offered by this backend.`);
  return method.bind(backend) as NonNullable<Backend[K]>;
}
