import type { Context } from 'hono';
import { problem } from '../http/problem';

/** The page size when `limit` is not given. @internal */
export const DEFAULT_PAGE_LIMIT = 50;
/** The largest `limit` a list accepts. @internal */
export const MAX_PAGE_LIMIT = 100;

/** 400 `invalid_cursor`. @internal */
export function invalidCursor(name = 'cursor'): Response {
  return problem({
    status: 400,
    code: 'invalid_cursor',
    title: 'Invalid cursor',
    detail: `The ${name} parameter is not a cursor this server issued for this list; pass back a nextCursor unchanged.`,
  });
}

/** 400 `invalid_request`. @internal */
export function invalidRequest(detail: string): Response {
  return problem({ status: 400, code: 'invalid_request', title: 'Invalid request', detail });
}

/**
 * Reads the `limit` query parameter: an integer from 1 to {@link MAX_PAGE_LIMIT}, {@link DEFAULT_PAGE_LIMIT}
 * when absent; anything else is 400 `invalid_request`.
 * @internal
 */
export function readPageLimit(c: Context): { ok: true; limit: number } | { ok: false; response: Response } {
  const text = c.req.query('limit');
  if (text === undefined) return { ok: true, limit: DEFAULT_PAGE_LIMIT };
  const limit = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE_LIMIT)) {
    return {
      ok: false,
      response: invalidRequest(`limit must be an integer from 1 to ${MAX_PAGE_LIMIT}.`),
    };
  }
  return { ok: true, limit };
}
