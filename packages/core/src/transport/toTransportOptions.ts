import { ParleyError } from '../errors/ParleyError';
import type { TransportOptions } from './HttpRequest';

/**
 * Checks and completes what every HTTP entry point (`createClient`, `createHttpBackend`, `searchArticles`)
 * is given: an absolute http(s) base URL (a relative one would resolve against the host page) and a
 * positive timeout, 15 s by default.
 * @throws {ParleyError} `invalid_request` naming what is wrong.
 * @internal
 */
export function toTransportOptions(
  options: Pick<TransportOptions, 'fetch'> & { baseUrl: unknown; timeoutMs?: number | undefined },
): TransportOptions {
  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl.trim() : '';
  const { timeoutMs = 15_000, fetch } = options ?? {};
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new ParleyError('invalid_request', '`baseUrl` must be an absolute http(s) URL.');
  }
  if (!(timeoutMs > 0)) throw new ParleyError('invalid_request', '`timeoutMs` must be a positive number.');
  return { baseUrl, fetch, timeoutMs };
}
