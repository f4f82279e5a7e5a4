import type { Context } from 'hono';
import { invalidRequest } from './badRequest';

/** The page size of a list: its default and its largest. @internal */
export interface PageLimits {
  /** @default 50 */
  fallback?: number;
  /** @default 100 */
  max?: number;
}

/**
 * Reads the `limit` query parameter of a list: an integer from 1 to `max`, `fallback` when absent;
 * anything else is 400 `invalid_request`.
 * @internal
 */
export function readPageLimit(
  c: Context,
  { fallback = 50, max = 100 }: PageLimits = {},
): { ok: true; limit: number } | { ok: false; response: Response } {
  const text = c.req.query('limit');
  if (text === undefined) return { ok: true, limit: fallback };
  const limit = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(limit >= 1 && limit <= max)) {
    return { ok: false, response: invalidRequest(`limit must be an integer from 1 to ${max}.`) };
  }
  return { ok: true, limit };
}
