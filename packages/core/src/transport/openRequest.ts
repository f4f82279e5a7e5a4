import { errorCodeOfStatus } from '../errors/errorCodeOfStatus';
import { isParleyError, ParleyError } from '../errors/ParleyError';
import { abortable } from './abortable';
import type { HttpRequest, TransportOptions } from './HttpRequest';
import { linkedController } from './linkedController';
import { readText } from './readText';
import { isAbsoluteHttpUrl } from './toTransportOptions';

/**
 * Reads an answer that arrived: 2xx, or 304 to a request that sent an `etag`. `endTimeout` ends the time
 * limit (so a stream may stay open); `signal` aborts when the request ends, however it ends.
 * @internal
 */
export type ReadAnswer<T> = (response: Response, endTimeout: () => void, signal: AbortSignal) => Promise<T>;

/**
 * JSON text of `value`, arrays written from their items whatever `toJSON` the page gave `Array.prototype`
 * (with Prototype.js, `JSON.stringify` writes every array as a string).
 */
const jsonText = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key: string, converted: unknown) {
    const original = this[key];
    return Array.isArray(original) ? original : converted;
  });

/** A copy without the `undefined` members (of a flat object of strings and numbers). */
const defined = (value: object): Record<string, string> => JSON.parse(JSON.stringify(value));

/**
 * Sends one request and hands its answer to `read`, within the time limit and the caller's signal; the
 * request is aborted once `read` settles. Sends the bearer token, `Idempotency-Key`, `If-None-Match` and a
 * JSON or multipart body to `<baseUrl>/v1<path>?query` (`undefined` parameters left out), or to `url`.
 *
 * Every failure is a {@link ParleyError}: an error status becomes its code, with the problem+json `code`
 * and message and the `Retry-After` (seconds or an HTTP date; else the problem's `retryAfterSeconds`); the
 * time limit is `timeout`; the caller's signal is `aborted` (its reason when that is a ParleyError), at
 * once, even while a body is being read; any other throw is `network`; a ParleyError from `read` passes.
 * @internal
 */
export async function openRequest<T>(
  transport: TransportOptions,
  init: HttpRequest,
  read: ReadAnswer<T>,
): Promise<T> {
  const { json, etag } = init;
  // FormData: fetch sets the multipart content type with its boundary.
  const isJson = json !== undefined && !(json instanceof FormData);
  const { token, idempotencyKey, signal } = init.call ?? init;
  const controller = linkedController(signal);
  const timer = setTimeout(
    () => controller.abort(new ParleyError('timeout', 'Timed out.')),
    init.timeoutMs ?? transport.timeoutMs,
  );
  try {
    // One mechanism for the time limit and the caller's signal: whichever aborts settles the request, even
    // when a fetch or a body ignores the signal. An abort that came first wins, and fetch is never called.
    return await abortable(
      (async () => {
        // Already aborted: `abortable` rejects first, and fetch must not even be called.
        controller.signal.throwIfAborted();
        // Written as text, not with `URL`: a page's first URL object costs its heap some 8 kB, which a widget
        // that only shows its launcher should not spend. The base must then be absolute (toTransportOptions
        // checks it; a transport made without it is refused here): a relative one would reach the host page.
        if (!isAbsoluteHttpUrl(init.url ?? transport.baseUrl))
          throw new TypeError('The URL is not absolute.');
        const query = Object.entries(defined(init.query ?? {}))
          .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
          .join('&');
        const url =
          init.url ??
          `${transport.baseUrl.replace(/\/+$/, '')}/v1${init.path.replace(/\?$/, '')}${query && `?${query}`}`;
        // Without a method, fetch's GET; without a body, none.
        const response = await (transport.fetch ?? fetch)(url, {
          method: init.method as string,
          headers: defined({
            accept: 'application/json',
            authorization: token && `Bearer ${token}`,
            'idempotency-key': idempotencyKey,
            'if-none-match': etag,
            'content-type': isJson ? 'application/json' : undefined,
            ...init.headers,
          }),
          body: isJson ? jsonText(json) : (json as FormData),
          signal: controller.signal,
        });
        const { status } = response;
        if (!response.ok && !(status === 304 && etag)) {
          // An RFC 9457 problem adds its code and message when well-formed; any other body (an HTML page, a
          // proxy's text, junk) is ignored, so the status alone decides and a 503 stays retryable.
          // 16 KiB: enough for any problem+json, too little for a hostile stream.
          const { code, detail, title, retryAfterSeconds }: Record<string, unknown> = Object(
            await readText(response, 16_384)
              .then(JSON.parse)
              .catch(() => {}),
          );
          const wait = `${response.headers.get('retry-after') ?? retryAfterSeconds}`;
          throw new ParleyError(
            errorCodeOfStatus(status),
            (
              [detail, title, `HTTP ${status}`].find((text) => typeof text === 'string' && text) as string
            ).slice(0, 500),
            {
              status,
              problemCode: typeof code === 'string' && /^[a-z]\w{0,63}$/.test(code) ? code : undefined,
              // Seconds, or an HTTP date; none, a past date or junk is no wait (`undefined`).
              retryAfterMs:
                Math.max(0, /^\d+$/.test(wait) ? +wait * 1000 : Date.parse(wait) - Date.now()) || undefined,
            },
          );
        }
        return read(response, () => clearTimeout(timer), controller.signal);
      })(),
      controller.signal,
    );
  } catch (cause) {
    throw isParleyError(cause) ? cause : new ParleyError('network', 'Network error.', { cause });
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
