import type { Context } from 'hono';
import type { Static, TSchema } from 'typebox';
import Value from 'typebox/value';
import { problem } from './problem';
import { validationFailed } from './validationFailed';

/** The default limit of a JSON request body. @internal */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

/** Either the parsed, valid body or the problem answer to send instead. @internal */
export type BodyResult<T> = { ok: true; value: T; text: string } | { ok: false; response: Response };

/**
 * Reads and validates a JSON body against a contract schema:
 * 415 `unsupported_media_type` unless the body is `application/json`, 413 `payload_too_large` over
 * `maxBytes`, 400 `invalid_json` when it does not parse, 422 `validation_failed` with one entry per
 * problem in `errors` when it breaks the schema. `text` is the raw body (for idempotency fingerprints).
 * @internal
 */
export async function readJsonBody<T extends TSchema>(
  c: Context,
  schema: T,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<BodyResult<Static<T>>> {
  const contentType = c.req.header('Content-Type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(contentType)) {
    return {
      ok: false,
      response: problem({
        status: 415,
        code: 'unsupported_media_type',
        title: 'Unsupported media type',
        detail: 'Send the body as application/json.',
      }),
    };
  }
  const declared = Number(c.req.header('Content-Length') ?? '0');
  const tooLarge = () => ({
    ok: false as const,
    response: problem({
      status: 413,
      code: 'payload_too_large',
      title: 'Payload too large',
      detail: `The body must be at most ${maxBytes} bytes.`,
    }),
  });
  if (declared > maxBytes) return tooLarge();
  const bytes = new Uint8Array(await c.req.raw.arrayBuffer());
  if (bytes.byteLength > maxBytes) return tooLarge();
  let text: string;
  let parsed: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      response: problem({
        status: 400,
        code: 'invalid_json',
        title: 'Invalid JSON',
        detail: 'The body is not valid UTF-8 JSON.',
      }),
    };
  }
  const failure = validationProblem(schema, parsed);
  if (failure !== undefined) return { ok: false, response: failure };
  return { ok: true, value: parsed as Static<T>, text };
}

/**
 * Checks a value against a contract schema; returns the 422 `validation_failed` answer when it does not
 * match, listing each problem as `{ pointer, detail }` (at most 20), or `undefined` when it matches.
 * @internal
 */
export function validationProblem(schema: TSchema, value: unknown): Response | undefined {
  if (Value.Check(schema, value)) return undefined;
  const errors = [...Value.Errors(schema, value)].slice(0, 20).map((error) => ({
    pointer: error.instancePath === '' ? '/' : error.instancePath,
    detail: error.message,
  }));
  return validationFailed(errors);
}
