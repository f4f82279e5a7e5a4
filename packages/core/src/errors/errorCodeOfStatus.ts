import type { ParleyErrorCode } from './ParleyError';

/** The statuses with a code of their own. */
const CODES: Record<number, ParleyErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  408: 'timeout',
  409: 'conflict',
  410: 'not_found',
  429: 'rate_limited',
};

/**
 * The {@link ParleyError} code of an HTTP error status, as the contract's HTTP backend maps it: 401
 * `unauthorized`, 403 `forbidden`, 404 and 410 `not_found`, 408 `timeout`, 409 `conflict`, 429
 * `rate_limited`, any other 5xx `server`, any other 4xx `invalid_request`. Below 400 (a 304 nobody asked
 * for, a redirect fetch did not follow) is `invalid_response`: the backend broke its contract. For an adapter
 * mapping a helpdesk's answers the same way.
 * @example
 * ```ts
 * if (!response.ok) throw new ParleyError(errorCodeOfStatus(response.status), `HTTP ${response.status}`);
 * ```
 */
export function errorCodeOfStatus(status: number): ParleyErrorCode {
  if (status > 499) return 'server';
  if (status < 400) return 'invalid_response';
  return CODES[status] ?? 'invalid_request';
}
