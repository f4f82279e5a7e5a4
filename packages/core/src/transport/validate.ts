import { ParleyError } from '../errors/ParleyError';
import type { Issue } from '../schema/Issue';
import type { Infer, Schema } from '../schema/Schema';

/**
 * Checks a value from the backend against `schema` and returns the schema's output, or throws
 * `invalid_response` naming `what` and the first place that is wrong (such as `data.0.author.name`); its
 * `cause` is the schema's {@link Issue}. A schema that parses JSON first (`(text) => page(JSON.parse(text))`)
 * throws a SyntaxError for a body that is not JSON: that is reported as such.
 * @internal
 */
export function validate<TSchema extends Schema>(
  schema: TSchema,
  value: unknown,
  what: string,
  status?: number,
): Infer<TSchema> {
  try {
    return schema(value) as Infer<TSchema>;
  } catch (cause) {
    const { path, expected } = cause as Partial<Issue>;
    throw new ParleyError(
      'invalid_response',
      path
        ? `${what} is malformed at ${path.join('.') || '(root)'}: expected ${expected}`
        : `${what} is not JSON.`,
      { status, cause },
    );
  }
}
