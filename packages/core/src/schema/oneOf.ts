import { check } from './check';
import type { Schema } from './Schema';

/**
 * One of a few exact values (compared with `===`); a single value makes a literal.
 * @example
 * ```ts
 * const status = oneOf(['open', 'resolved']);
 * ```
 * @internal
 */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <
  const TValues extends readonly (string | number | boolean | null)[],
>(
  values: TValues,
): Schema<TValues[number]> =>
  check((input) => values.includes(input as TValues[number]), `one of ${JSON.stringify(values)}`);
