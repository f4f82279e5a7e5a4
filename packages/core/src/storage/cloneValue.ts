import { ParleyError } from '../errors/ParleyError';

/**
 * A structured clone of `value` (what IndexedDB would store), so that nobody can change stored data by
 * mutating an object after handing it over or after reading it.
 * @throws {ParleyError} `invalid_request` when the value cannot be cloned (a function, a DOM node...).
 * @internal
 */
export function cloneValue<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (cause) {
    throw new ParleyError('invalid_request', 'Only structured-cloneable data can be stored.', { cause });
  }
}
