import { fail } from './fail';

/**
 * The input as an object to read keys from, or an issue. Like JSON Schema's `object`, a list passes too:
 * it then fails on its first missing field, which names that field.
 * @internal
 */
export const asRecord = (input: unknown): Record<string, unknown> =>
  typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : fail('object');
