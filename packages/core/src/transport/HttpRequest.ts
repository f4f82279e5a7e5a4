import type { BackendCall } from '../backend/Backend';

/**
 * How the client reaches an HTTP backend. Every environment dependency is injected or looked up at call
 * time, so a host page that replaces `window.fetch` later is honoured and nothing is captured at import.
 * @internal
 */
export interface TransportOptions {
  /** Where the backend lives; requests go to `<baseUrl>/v1<path>`. */
  baseUrl: string;
  /** @default globalThis.fetch, looked up at each call */
  fetch?: typeof fetch | undefined;
  /** How long one request may take before it fails with `code: 'timeout'`. */
  timeoutMs: number;
}

/**
 * One HTTP call to a contract endpoint.
 * @internal
 */
export interface HttpRequest {
  /** @default 'GET' (fetch's) */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | undefined;
  /**
   * Path under `/v1`, such as `/conversations/cnv_1/messages`; the caller encodes path segments. A `?` at
   * its end is allowed: the query takes its place.
   */
  path: string;
  /**
   * An absolute URL, used as it is instead of `<baseUrl>/v1<path>?query` (the requests of
   * `requestJson`, which reach a helpdesk's own API).
   */
  url?: string | undefined;
  /** Query parameters; `undefined` ones are left out. */
  query?: Record<string, string | number | undefined> | undefined;
  /**
   * A body sent as `application/json`; a `FormData` (uploads) is sent as is, as `multipart/form-data`
   * (`fetch` sets the content type with its boundary).
   */
  json?: unknown;
  /**
   * A backend call: its token, idempotency key and signal are used instead of the three fields below,
   * and nothing else of it (a caller's object with more keys must not reshape a request).
   */
  call?: BackendCall | undefined;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string | undefined;
  /** Sent as `Idempotency-Key`: the same key on every attempt of one user action. */
  idempotencyKey?: string | undefined;
  /** Sent as `If-None-Match`; a 304 answer then means "not modified". */
  etag?: string | undefined;
  /** More headers, which win over the ones above (such as `accept`); `undefined` ones are left out. */
  headers?: Record<string, string | undefined> | undefined;
  /** Cancels the request: it then fails with `code: 'aborted'`. */
  signal?: AbortSignal | undefined;
  /** This request's own time limit (a long poll waits longer than other calls). @default the transport's */
  timeoutMs?: number | undefined;
}
