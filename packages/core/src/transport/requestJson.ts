import type { GenericSchema, InferOutput } from 'valibot';
import type { TransportOptions } from './HttpRequest';
import { request } from './request';

// Kept so that code written against the first transport (createClient) still compiles: new code calls
// `request` (transport/request.ts) and imports `TransportOptions` from transport/HttpRequest.ts.
export type { TransportOptions } from './HttpRequest';

/** @internal @deprecated Use {@link request}. */
export interface JsonRequest<TSchema extends GenericSchema> {
  path: string;
  query?: Record<string, string | undefined>;
  schema: TSchema;
  signal?: AbortSignal | undefined;
}

/**
 * GETs a contract endpoint and returns its body validated by `schema`.
 * @internal @deprecated Use {@link request}.
 */
export function requestJson<TSchema extends GenericSchema>(
  transport: TransportOptions,
  { schema, ...init }: JsonRequest<TSchema>,
): Promise<InferOutput<TSchema>> {
  return request(transport, init, schema);
}
