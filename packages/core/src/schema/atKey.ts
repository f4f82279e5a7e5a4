import type { Issue } from './Issue';
import type { Schema } from './Schema';

/**
 * Runs `schema` on the value found at `key` of a list or an object, and puts `key` in front of the path
 * of the issue it throws.
 * @internal
 */
export const atKey = <T>(key: string | number, schema: Schema<T>, value: unknown): T => {
  try {
    return schema(value);
  } catch (issue) {
    // Schemas throw nothing but issues (see fail.ts).
    (issue as Issue).path.unshift(key);
    throw issue;
  }
};
