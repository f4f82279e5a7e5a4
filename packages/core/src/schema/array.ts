import { atKey } from './atKey';
import { fail } from './fail';
import type { Schema } from './Schema';

/**
 * A list of `min` to `max` items, each checked by `item`; the length is checked first, so a huge list
 * is refused before any item is read. With `keep`, the items it rejects are dropped before checking
 * (the others keep their index in an issue's path); the bounds count every item, dropped or not.
 *
 * @example
 * ```ts
 * const replies = array(reply, 10, 1); // refuses with { expected: 'list 1-10' }
 * ```
 * @internal
 */
export const array =
  /* @__NO_SIDE_EFFECTS__ */
    <T>(item: Schema<T>, max = Infinity, min = 0, keep?: (input: unknown) => boolean): Schema<T[]> =>
    (input) => {
      if (!Array.isArray(input) || input.length < min || input.length > max) fail(`list ${min}-${max}`);
      const output: T[] = [];
      (input as unknown[]).forEach((value, index) => {
        if (!keep || keep(value)) output.push(atKey(index, item, value));
      });
      return output;
    };
