import type { RequestLine } from './HttpResult';
import type { RequestOptions } from './RequestOptions';

/** A request ready for `fetch`, with the line the report shows. @internal */
export interface BuiltRequest {
  url: string;
  init: RequestInit;
  line: RequestLine;
}

/**
 * Turns a scenario's request into a `fetch` URL and init: the base URL plus the path, the query, the bearer
 * token and a JSON or raw body.
 * @internal
 */
export function buildRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: RequestOptions,
  signal: AbortSignal,
): BuiltRequest {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const headers = new Headers(options.headers);
  if (options.token !== undefined) headers.set('Authorization', `Bearer ${options.token}`);
  let body: BodyInit | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  return {
    url: url.href,
    init: { method, headers, signal, ...(body === undefined ? {} : { body }) },
    line: { method, path: url.pathname + url.search },
  };
}
