import { fail } from './fail';
import type { Schema } from './Schema';

/**
 * A string of `min` to `max` characters (UTF-16 code units) that `pattern` matches, if given. The
 * maximum is required: no string from a backend is unbounded. The length is checked before the pattern,
 * so a huge string costs nothing to refuse.
 *
 * @param pattern Tested with `test`: give it no `g` or `y` flag (they make `test` stateful).
 * @example
 * ```ts
 * const id = string(200, 1); // refuses with { expected: 'string 1-200' }
 * const hexColour = string(7, 4, /^#[0-9a-f]{3}([0-9a-f]{3})?$/i);
 * ```
 * @internal
 */
export const string =
  /* @__NO_SIDE_EFFECTS__ */
    (max: number, min = 0, pattern?: RegExp): Schema<string> =>
    (input) =>
      typeof input === 'string' &&
      input.length >= min &&
      input.length <= max &&
      (!pattern || pattern.test(input))
        ? input
        : // Written on failure only: numbers turned into text at startup grow V8's number-to-string cache.
          fail(`string ${min}-${max}${pattern ? ` ${pattern}` : ''}`);
