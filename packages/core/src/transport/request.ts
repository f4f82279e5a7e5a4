import type { Infer, Schema } from '../schema/Schema';
import type { HttpRequest, TransportOptions } from './HttpRequest';
import { openRequest } from './openRequest';
import { readJson } from './readJson';

/**
 * Calls a contract endpoint. With a `schema`, resolves with the validated JSON answer (at most 5 MiB;
 * a 204, an empty or non-JSON body, or one the schema refuses is `invalid_response`); without, any 2xx
 * resolves with `undefined` and the body is not read. Every failure is a ParleyError.
 * @internal
 */
export function request<TSchema extends Schema>(
  transport: TransportOptions,
  init: HttpRequest,
  schema: TSchema,
): Promise<Infer<TSchema>>;
export function request(transport: TransportOptions, init: HttpRequest): Promise<undefined>;
export function request(transport: TransportOptions, init: HttpRequest, schema?: Schema): Promise<unknown> {
  return openRequest(transport, init, async (response) => schema && readJson(response, schema));
}
