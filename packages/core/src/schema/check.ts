import { fail } from './fail';
import type { Schema } from './Schema';

/**
 * A schema from a test: the value itself when `accept` holds, otherwise an issue saying what was
 * `expected`.
 *
 * @example
 * ```ts
 * const even = check<number>((input) => Number.isInteger(input) && (input as number) % 2 === 0, 'an even number');
 * ```
 * @internal
 */
export const check =
  /* @__NO_SIDE_EFFECTS__ */
    <T>(accept: (input: unknown) => boolean, expected: string): Schema<T> =>
    (input) =>
      accept(input) ? (input as T) : fail(expected);
