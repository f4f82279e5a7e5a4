import { describe, expect, it } from 'vitest';
import { errorCodeOfStatus } from './errorCodeOfStatus';

describe('errorCodeOfStatus', () => {
  it('maps each error status onto the code a caller acts on', () => {
    const codes = [401, 403, 404, 408, 409, 410, 418, 422, 429, 500, 503, 304].map(errorCodeOfStatus);
    expect(codes).toEqual([
      'unauthorized',
      'forbidden',
      'not_found',
      'timeout',
      'conflict',
      'not_found',
      'invalid_request',
      'invalid_request',
      'rate_limited',
      'server',
      'server',
      'invalid_response',
    ]);
  });
});
