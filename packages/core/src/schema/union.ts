import { fail } from './fail';
import type { Infer, Schema } from './Schema';

/**
 * The output of the first of `options` that accepts the value. For objects told apart by a field, use
 * {@link tagged}: its issues say what is wrong inside the matching member.
 *
 * @example
 * ```ts
 * const flat = union(string(1000), number, boolean);
 * ```
 * @internal
 */
export const union =
  /* @__NO_SIDE_EFFECTS__ */
    <TOptions extends Schema[]>(...options: TOptions): Schema<Infer<TOptions[number]>> =>
    (input) => {
      for (const option of options) {
        try {
          return option(input) as Infer<TOptions[number]>;
        } catch {
          // Try the next one.
        }
      }
      return fail(`a value of one of ${options.length} types`);
    };
