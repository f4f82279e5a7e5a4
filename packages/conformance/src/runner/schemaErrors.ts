import type { TSchema } from 'typebox';
import Value from 'typebox/value';

/**
 * The ways `value` breaks `schema`, as readable lines `"/json/pointer: message"` (the root is `/`), at most
 * `limit` of them; empty when it matches.
 *
 * @example
 * ```ts
 * schemaErrors(Session, { token: 1 }); // ['/token: must be string', '/: must have required properties ...']
 * ```
 */
export function schemaErrors(schema: TSchema, value: unknown, limit = 5): string[] {
  if (Value.Check(schema, value)) return [];
  const lines: string[] = [];
  for (const error of Value.Errors(schema, value)) {
    lines.push(`${error.instancePath === '' ? '/' : error.instancePath}: ${error.message}`);
    if (lines.length >= limit) break;
  }
  return lines.length > 0 ? lines : ['/: does not match the schema'];
}
