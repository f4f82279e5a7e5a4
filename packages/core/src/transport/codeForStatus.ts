import type { ParleyErrorCode } from '../errors/ParleyError';

/** Maps an HTTP error status to the SDK's error code. */
export function codeForStatus(status: number): ParleyErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'invalid_request';
}
