import { type BackendCall, errorCodeOfStatus } from '@parley/core';
import { chatwootError } from '../errors/chatwootError';

/** Where and how the adapter reaches Chatwoot's Client API. @internal */
export interface ChatwootTransport {
  /** Chatwoot's origin, without a trailing slash. */
  baseUrl: string;
  inboxIdentifier: string;
  fetch: typeof fetch | undefined;
  timeoutMs: number;
}

/**
 * One call of the Client API: `path` under `/public/api/v1/inboxes/{inbox_identifier}`, with a JSON body
 * (or a `FormData`, sent as multipart), within the time limit and `call.signal`. Resolves with the answer's
 * JSON (`undefined` when it has no body).
 *
 * Fails with a {@link ParleyError}: an error status is its code, the time
 * limit `timeout`, the caller's signal `aborted`, anything else before an answer `network`. An answer that
 * is not JSON throws a `SyntaxError`, which the backend reports as `invalid_response`.
 * @internal
 */
export async function chatwootRequest<T>(
  transport: ChatwootTransport,
  path: string,
  call?: BackendCall,
  method = 'GET',
  body?: object,
): Promise<T> {
  const controller = new AbortController();
  const signal = call?.signal;
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, transport.timeoutMs);
  let response: Response;
  let text: string;
  try {
    signal?.throwIfAborted();
    const form = body instanceof FormData;
    response = await (transport.fetch ?? fetch)(
      `${transport.baseUrl}/public/api/v1/inboxes/${encodeURIComponent(transport.inboxIdentifier)}${path}`,
      {
        method,
        headers: body && !form ? { 'content-type': 'application/json' } : {},
        body: form ? body : body ? JSON.stringify(body) : null,
        signal: controller.signal,
      },
    );
    text = await response.text();
  } catch (cause) {
    throw chatwootError(
      signal?.aborted ? 'aborted' : controller.signal.aborted ? 'timeout' : 'network',
      undefined,
      {
        cause,
      },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  const { status } = response;
  if (!response.ok) {
    throw chatwootError(errorCodeOfStatus(status), undefined, {
      status,
    });
  }
  return text ? JSON.parse(text) : (undefined as T);
}
