import type { ParleyErrorCode } from '../errors/ParleyError';

/** The statuses with a code of their own; any other 4xx is `invalid_request`. */
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
 * Maps a failed answer's status to the SDK's error code. Below 400 (a 304 nobody asked for, a redirect
 * fetch did not follow) the backend broke the contract: `invalid_response`.
 * @internal
 */
export function codeForStatus(status: number): ParleyErrorCode {
  return status >= 500 ? 'server' : status < 400 ? 'invalid_response' : (CODES[status] ?? 'invalid_request');
}
