import { ParleyError } from '../errors/ParleyError';
import type { TransportOptions } from './HttpRequest';

/** Whether `url` starts as an absolute http(s) URL (a relative one would resolve against the host page). @internal */
export const isAbsoluteHttpUrl = (url: string): boolean => /^https?:\/\//i.test(url);

/**
 * Checks and completes what every HTTP entry point (`createClient`, `createHttpBackend`, `searchArticles`)
 * is given: an absolute http(s) base URL (a relative one would resolve against the host page) and a
 * positive timeout, 15 s by default.
 * @throws {ParleyError} `invalid_request` when either is wrong.
 * @internal
 */
export function toTransportOptions(
  options: Pick<TransportOptions, 'fetch'> & { baseUrl: unknown; timeoutMs?: number | undefined },
): TransportOptions {
  const { timeoutMs = 15_000, fetch } = options ?? {};
  const baseUrl = `${options?.baseUrl}`.trim();
  if (!isAbsoluteHttpUrl(baseUrl) || !(timeoutMs > 0)) {
    throw new ParleyError('invalid_request', 'Bad baseUrl or timeoutMs.');
  }
  return { baseUrl, fetch, timeoutMs };
}
