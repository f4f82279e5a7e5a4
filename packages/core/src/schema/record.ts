import { asRecord } from './asRecord';
import { atKey } from './atKey';
import { fail } from './fail';
import type { Schema } from './Schema';

/**
 * An object used as a map: at most `max` keys (counted before any is read), each checked by `key`, each
 * value by `value`. The output is built with `Object.fromEntries`, so a `__proto__` key can never set a
 * prototype.
 *
 * @example
 * ```ts
 * const scores = record(string(64, 1, /^[a-z]\w*$/i), integer(0), 50); // 51 keys: { expected: 'at most 50 keys' }
 * ```
 * @internal
 */
export const record =
  /* @__NO_SIDE_EFFECTS__ */
    <T>(key: Schema<string>, value: Schema<T>, max = Infinity): Schema<Record<string, T>> =>
    (input) => {
      const fields = asRecord(input);
      const keys = Object.keys(fields);
      if (keys.length > max) fail(`at most ${max} keys`);
      return Object.fromEntries(
        keys.map((name) => [atKey(name, key, name), atKey(name, value, fields[name])]),
      );
    };
