import { fail } from './fail';
import type { Schema } from './Schema';

/**
 * A whole number from `min` to `max`.
 * @example
 * ```ts
 * const count = integer(0); // refuses with { expected: 'integer 0-Infinity' }
 * const score = integer(1, 5);
 * ```
 * @internal
 */
export const integer =
  /* @__NO_SIDE_EFFECTS__ */
    (min: number, max = Infinity): Schema<number> =>
    (input) =>
      Number.isInteger(input) && (input as number) >= min && (input as number) <= max
        ? (input as number)
        : // Written on failure only, like `string`'s.
          fail(`integer ${min}-${max}`);
