import { problem } from './problem';

/** 400 `invalid_request`: a query parameter or header is malformed. @internal */
export function invalidRequest(detail: string): Response {
  return problem({ status: 400, code: 'invalid_request', title: 'Invalid request', detail });
}

/** 400 `invalid_cursor`: the cursor parameter was not issued by this server for this list. @internal */
export function invalidCursor(name = 'cursor'): Response {
  return problem({
    status: 400,
    code: 'invalid_cursor',
    title: 'Invalid cursor',
    detail: `The ${name} parameter is not a cursor this server issued for this list; pass back a nextCursor unchanged.`,
  });
}
