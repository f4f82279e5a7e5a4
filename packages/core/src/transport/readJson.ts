import type { Schema } from '../schema/Schema';
import { readText } from './readText';
import { validate } from './validate';

/**
 * Reads a JSON answer of at most 5 MiB (a page of long messages fits many times over) and checks it with
 * `schema`. An empty or non-JSON body, or one the schema refuses, is `invalid_response`.
 * @internal
 */
export async function readJson<T>(response: Response, schema: Schema<T>): Promise<T> {
  return validate(
    (text) => schema(JSON.parse(text as string)),
    await readText(response, 5 << 20),
    'Answer',
    response.status,
  );
}
