import type { Context } from 'hono';
import { problem } from '../http/problem';
import type { ListPosition, ListQuery } from './TicketRepository';

/** Which list a cursor belongs to; a cursor of one list is refused by another. @internal */
export type ListKind = 'tickets' | 'comments';

/** @internal */
export const DEFAULT_PAGE_SIZE = 20;
/** @internal */
export const MAX_PAGE_SIZE = 100;

const toBase64Url = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

function encodeCursor(kind: ListKind, position: ListPosition): string {
  return toBase64Url(`${kind}.${position.createdAt}.${position.seq}`);
}

function decodeCursor(kind: ListKind, cursor: string): ListPosition | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) return undefined;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return undefined;
  }
  const match = /^([a-z]+)\.(\d{1,16})\.(\d{1,16})$/.exec(text);
  if (match === null || match[1] !== kind) return undefined;
  return { createdAt: Number(match[2]), seq: Number(match[3]) };
}

/**
 * Reads `?limit` (1 to 100, default 20) and `?cursor` of a list: 400 `invalid_request` for a bad limit,
 * 400 `invalid_cursor` for a cursor this server did not issue for this list. The returned query asks for
 * one item more than the page holds, so that {@link pageBody} knows whether there is a next page.
 * @internal
 */
export function readPageQuery(
  c: Context,
  kind: ListKind,
): { ok: true; query: ListQuery & { pageSize: number } } | { ok: false; response: Response } {
  const limitText = c.req.query('limit');
  const pageSize = limitText === undefined ? DEFAULT_PAGE_SIZE : Number(limitText);
  if (!/^\d{1,3}$/.test(limitText ?? '20') || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    return {
      ok: false,
      response: problem({
        status: 400,
        code: 'invalid_request',
        title: 'Invalid parameter',
        detail: `limit must be an integer from 1 to ${MAX_PAGE_SIZE}.`,
      }),
    };
  }
  const cursor = c.req.query('cursor');
  const after = cursor === undefined ? undefined : decodeCursor(kind, cursor);
  if (cursor !== undefined && after === undefined) {
    return {
      ok: false,
      response: problem({
        status: 400,
        code: 'invalid_cursor',
        title: 'Invalid cursor',
        detail: 'Pass back a nextCursor this list returned, unchanged.',
      }),
    };
  }
  return {
    ok: true,
    query: { limit: pageSize + 1, pageSize, ...(after === undefined ? {} : { after }) },
  };
}

/**
 * Turns the items fetched with a {@link readPageQuery} query into `{ data, nextCursor }`.
 * @internal
 */
export function pageBody<Item extends ListPosition, Body>(
  kind: ListKind,
  items: readonly Item[],
  pageSize: number,
  toBody: (item: Item) => Body,
): { data: Body[]; nextCursor: string | null } {
  const page = items.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    data: page.map(toBody),
    nextCursor: items.length > pageSize && last !== undefined ? encodeCursor(kind, last) : null,
  };
}
