import { isParleyError, ParleyError } from '../errors/ParleyError';
import { buildUrl } from './buildUrl';
import { codeForStatus } from './codeForStatus';
import type { HttpRequest, TransportOptions } from './HttpRequest';
import { parseRetryAfter } from './parseRetryAfter';
import { readText } from './readText';

/** A request whose answer has arrived (2xx, or 304 to an `etag`), with its body still unread. @internal */
export interface OpenedRequest {
  readonly response: Response;
  readonly url: string;
  /** Turns an error thrown while the body is read into `timeout`, `aborted` or `network`. */
  failure(cause: unknown): ParleyError;
  /** Ends the time limit, so a stream may stay open; the caller's signal still stops it. */
  endTimeout(): void;
  /** Stops the timer, forgets the caller's signal and aborts the request if its body is still open. */
  close(): void;
}

/** Largest error body we read: enough for any problem+json, too little for a hostile stream. */
const MAX_ERROR_BYTES = 16_384;

/**
 * Sends one request and waits for its answer's status and headers. Builds the URL and headers (bearer
 * token, `Idempotency-Key`, `If-None-Match`, JSON or multipart body), applies the time limit and the
 * caller's signal, and turns every failure into a {@link ParleyError}: an error status into its code (with
 * the problem+json `code` and `Retry-After`), a thrown fetch into `timeout`, `aborted` or `network`.
 * @internal
 */
export async function openRequest(transport: TransportOptions, request: HttpRequest): Promise<OpenedRequest> {
  const { signal, json, token, etag } = request;
  if (signal?.aborted) throw aborted();
  const fetchImpl = transport.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    throw new ParleyError('network', 'No fetch implementation is available; pass one as `fetch`.');
  }
  let url: string;
  try {
    url = buildUrl(transport.baseUrl, request.path, request.query);
  } catch (cause) {
    throw new ParleyError('invalid_request', `Cannot build a URL from ${transport.baseUrl}.`, { cause });
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries({
    accept: 'application/json',
    authorization: token ? `Bearer ${token}` : undefined,
    'idempotency-key': request.idempotencyKey,
    'if-none-match': etag,
    'content-type': json === undefined ? undefined : 'application/json',
    ...request.headers,
  })) {
    if (value) headers[name] = value;
  }

  const timeoutMs = request.timeoutMs ?? transport.timeoutMs;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const endTimeout = () => clearTimeout(timer);
  const close = () => {
    endTimeout();
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
  };
  const failure = (cause: unknown): ParleyError => {
    if (isParleyError(cause)) return cause;
    if (timedOut)
      return new ParleyError('timeout', `No answer from ${url} within ${timeoutMs} ms.`, { cause });
    if (signal?.aborted) return aborted(cause);
    return new ParleyError('network', `Could not reach ${url}.`, { cause });
  };

  try {
    const response = await fetchImpl(url, {
      method: request.method ?? 'GET',
      headers,
      body: json === undefined ? (request.form ?? null) : JSON.stringify(json),
      signal: controller.signal,
    });
    if (response.ok || (response.status === 304 && etag !== undefined)) {
      return { response, url, failure, endTimeout, close };
    }
    throw await errorFromResponse(response, url);
  } catch (cause) {
    close();
    throw failure(cause);
  }
}

function aborted(cause?: unknown): ParleyError {
  return new ParleyError('aborted', 'The request was cancelled.', { cause });
}

/**
 * Turns a non-2xx answer into a ParleyError. The status decides the code; an RFC 9457 problem body adds
 * its `code` and message when they are well-formed, and is ignored otherwise (an HTML error page, a
 * proxy's text, junk), so a 503 stays retryable whatever its body says.
 */
async function errorFromResponse(response: Response, url: string): Promise<ParleyError> {
  const { status } = response;
  const fallback = `The backend answered ${status} to ${url}.`;
  // Redirects are followed by fetch; any other 1xx-3xx here (a 304 we did not ask for) breaks the contract.
  if (status < 400) return new ParleyError('invalid_response', fallback, { status });
  let problem: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readText(response, MAX_ERROR_BYTES));
    if (parsed && typeof parsed === 'object') problem = parsed as Record<string, unknown>;
  } catch {
    // Not a problem+json body: the status alone decides.
  }
  const { code, detail, title, retryAfterSeconds } = problem;
  const message = [detail, title].find((text): text is string => typeof text === 'string' && text !== '');
  let retryAfterMs: number | undefined;
  if (status === 429 || status === 503) {
    retryAfterMs =
      parseRetryAfter(response.headers.get('retry-after'), Date.now()) ??
      (Number.isSafeInteger(retryAfterSeconds) && (retryAfterSeconds as number) >= 0
        ? (retryAfterSeconds as number) * 1000
        : undefined);
  }
  return new ParleyError(codeForStatus(status), message?.slice(0, 500) ?? fallback, {
    status,
    problemCode: typeof code === 'string' && /^[a-z][a-z0-9_]{0,63}$/.test(code) ? code : undefined,
    retryAfterMs,
  });
}
