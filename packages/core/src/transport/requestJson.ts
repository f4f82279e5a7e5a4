import { openRequest } from './openRequest';
import { readText } from './readText';
import { validate } from './validate';

/** Options of {@link requestJson}. */
export interface JsonRequestOptions {
  /** @default 'GET' */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | undefined;
  /**
   * The body: sent as `application/json`, or, a `FormData`, as `multipart/form-data` (fetch sets the
   * content type with its boundary).
   */
  json?: unknown;
  /** More headers (`accept: application/json` is sent); `undefined` ones are left out. */
  headers?: Record<string, string | undefined> | undefined;
  /** Cancels the request: it then fails with `code: 'aborted'`. */
  signal?: AbortSignal | undefined;
  /**
   * How long the request may take before it fails with `code: 'timeout'`.
   * @default 15000
   */
  timeoutMs?: number | undefined;
  /**
   * The `fetch` to use. Looked up on `globalThis` at each call when omitted, never captured at import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch | undefined;
}

/**
 * One JSON request with the rules of the client's own HTTP backend, for an adapter that reaches a
 * helpdesk's API: the time limit, the caller's signal (which settles the request at once, even while a body
 * is read), the error codes of {@link errorCodeOfStatus} (with `status`, an RFC 9457 problem's code and
 * message, and `Retry-After` as `retryAfterMs`), and an answer read to at most 5 MiB.
 *
 * Resolves with the answer's JSON, or `undefined` when it has no body (a 204). Rejects with a
 * {@link ParleyError} only: a relative `url` or a failure before an answer is `network`, an answer that
 * is not JSON (or too large) `invalid_response`. The value is not checked: check its shape before use.
 *
 * @example
 * ```ts
 * const contact = await requestJson<{ id: number }>(`${baseUrl}/public/api/v1/inboxes/${inbox}/contacts`, {
 *   method: 'POST',
 *   json: { name: 'Ada' },
 *   signal: call.signal,
 * });
 * ```
 */
export function requestJson<T = unknown>(url: string, options: JsonRequestOptions = {}): Promise<T> {
  // Only these members: a caller's object with more keys (a token, a call) must not reshape the request.
  const { method, json, headers, signal, fetch, timeoutMs = 15_000 } = options;
  const init = { method, json, headers, signal, path: '', url };
  return openRequest({ baseUrl: url, fetch, timeoutMs }, init, async (response) => {
    const text = await readText(response, 5 << 20);
    return text ? validate((body) => JSON.parse(body as string), text, 'Answer', response.status) : undefined;
  });
}
