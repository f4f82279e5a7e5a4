import type { GenericSchema, InferOutput } from 'valibot';
import { ParleyError } from '../errors/ParleyError';
import type { HttpRequest, TransportOptions } from './HttpRequest';
import { openRequest } from './openRequest';
import { readText } from './readText';
import { validate } from './validate';

/**
 * The answer to a request that sent an `etag`: the validated body with its new ETag, or `notModified`
 * when the ETag still matches (304).
 * @internal
 */
export type HttpResult<T> =
  | { notModified: false; body: T; etag: string | undefined }
  | { notModified: true; etag: string | undefined };

/** Largest JSON answer we read (a page of long messages fits many times over). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Longest ETag we keep and send back. */
const MAX_ETAG = 256;

/**
 * Calls a contract endpoint; the one way every HTTP call of the client is made.
 *
 * - With a `schema`: reads the JSON answer (at most 5 MB), validates it and resolves with the schema's
 *   output. A 204, an empty or non-JSON body, or one the schema refuses is `invalid_response`.
 * - With an `etag` key in `init` (even `undefined`): resolves with an {@link HttpResult} instead, which
 *   carries the answer's ETag, or `notModified` for a 304.
 * - Without a schema: any 2xx resolves with `undefined`; the body is not read.
 *
 * Every failure is a {@link ParleyError}; nothing unvalidated reaches the caller.
 * @internal
 */
export function request<TSchema extends GenericSchema>(
  transport: TransportOptions,
  init: HttpRequest & { etag: string | undefined },
  schema: TSchema,
): Promise<HttpResult<InferOutput<TSchema>>>;
export function request<TSchema extends GenericSchema>(
  transport: TransportOptions,
  init: HttpRequest & { etag?: undefined },
  schema: TSchema,
): Promise<InferOutput<TSchema>>;
export function request(transport: TransportOptions, init: HttpRequest): Promise<undefined>;
export async function request(
  transport: TransportOptions,
  init: HttpRequest,
  schema?: GenericSchema,
): Promise<unknown> {
  const opened = await openRequest(transport, init);
  const { response, url } = opened;
  try {
    if (!schema) return undefined;
    const header = response.headers.get('etag');
    const etag = header && header.length <= MAX_ETAG ? header : undefined;
    // openRequest lets a 304 through only when an etag was sent.
    if (response.status === 304) return { notModified: true, etag };
    let text: string;
    try {
      text = await readText(response, MAX_BODY_BYTES);
    } catch (cause) {
      throw opened.failure(cause);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new ParleyError('invalid_response', `The backend's answer to ${url} is not JSON.`, {
        status: response.status,
        cause,
      });
    }
    const body = validate(schema, json, `The backend's answer to ${url}`, response.status);
    return 'etag' in init ? { notModified: false, body, etag } : body;
  } finally {
    opened.close();
  }
}
