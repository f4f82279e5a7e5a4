import { isParleyError, ParleyError } from '../errors/ParleyError';
import { buildUrl } from './buildUrl';
import { codeForStatus } from './codeForStatus';
import type { HttpRequest, TransportOptions } from './HttpRequest';
import { linkedController } from './linkedController';
import { parseRetryAfter } from './parseRetryAfter';
import { readText } from './readText';

/**
 * Reads an answer that arrived: 2xx, or 304 to a request that sent an `etag`. `endTimeout` ends the time
 * limit (so a stream may stay open); `signal` aborts when the request ends, however it ends.
 * @internal
 */
export type ReadAnswer<T> = (response: Response, endTimeout: () => void, signal: AbortSignal) => Promise<T>;

/**
 * Sends one request and hands its answer to `read`, within the time limit and the caller's signal; the
 * request is aborted once `read` settles. Sends the bearer token, `Idempotency-Key`, `If-None-Match` and a
 * JSON or multipart body. Every failure is a {@link ParleyError}: an error status becomes its code, with
 * the problem+json `code`, its message and `Retry-After`; a throw becomes `timeout`, `aborted` or
 * `network`; a ParleyError from `read` passes as is.
 * @internal
 */
export async function openRequest<T>(
  transport: TransportOptions,
  init: HttpRequest,
  read: ReadAnswer<T>,
): Promise<T> {
  const { method = 'GET', path, query, json, form, etag, headers, timeoutMs } = init;
  const { token, idempotencyKey, signal } = init.call ?? init;
  const controller = linkedController(signal);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs ?? transport.timeoutMs);
  try {
    controller.signal.throwIfAborted();
    const response = await (transport.fetch ?? globalThis.fetch)(buildUrl(transport.baseUrl, path, query), {
      method,
      headers: Object.fromEntries(
        Object.entries({
          accept: 'application/json',
          authorization: token && `Bearer ${token}`,
          'idempotency-key': idempotencyKey,
          'if-none-match': etag,
          'content-type': json === undefined ? '' : 'application/json',
          ...headers,
        }).filter((entry): entry is [string, string] => !!entry[1]),
      ),
      // FormData: fetch sets the multipart content type with its boundary.
      body: json === undefined ? (form ?? null) : JSON.stringify(json),
      signal: controller.signal,
    });
    const { status } = response;
    if (!response.ok && !(status === 304 && etag)) {
      // An RFC 9457 problem adds its code and message when well-formed; any other body (an HTML page, a
      // proxy's text, junk) is ignored, so the status alone decides and a 503 stays retryable.
      let problem: Record<string, unknown> = {};
      try {
        // Enough for any problem+json, too little for a hostile stream.
        problem = Object(JSON.parse(await readText(response, 16_384)));
      } catch {}
      const { code, detail, title, retryAfterSeconds } = problem;
      const message = [detail, title].find((text) => typeof text === 'string' && text) as string | undefined;
      throw new ParleyError(
        codeForStatus(status),
        message?.slice(0, 500) ?? `The backend answered ${status}.`,
        {
          status,
          problemCode: typeof code === 'string' && /^[a-z][a-z0-9_]{0,63}$/.test(code) ? code : undefined,
          // The header, or the problem's `retryAfterSeconds` when there is none.
          retryAfterMs: parseRetryAfter(
            response.headers.get('retry-after') ?? String(retryAfterSeconds),
            Date.now(),
          ),
        },
      );
    }
    return await read(response, () => clearTimeout(timer), controller.signal);
  } catch (cause) {
    if (isParleyError(cause)) throw cause;
    const code = timedOut ? 'timeout' : signal?.aborted ? 'aborted' : 'network';
    throw new ParleyError(code, `Request failed: ${code}.`, { cause });
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
