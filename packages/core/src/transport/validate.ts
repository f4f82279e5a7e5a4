import { type GenericSchema, type InferOutput, safeParse } from 'valibot';
import { ParleyError } from '../errors/ParleyError';

/**
 * Checks a value from the backend against `schema` and returns the schema's output, or throws
 * `invalid_response` naming the first place that is wrong (such as `data.0.author.name`).
 * @internal
 */
export function validate<TSchema extends GenericSchema>(
  schema: TSchema,
  value: unknown,
  what: string,
  status?: number,
): InferOutput<TSchema> {
  const result = safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue.path?.map((item) => String(item.key)).join('.') || '(root)';
  throw new ParleyError('invalid_response', `${what} is malformed at ${where}: ${issue.message}`, {
    status,
    cause: result.issues,
  });
}
