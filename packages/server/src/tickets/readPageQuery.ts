import type { Context } from 'hono';
import { invalidCursor } from '../http/badRequest';
import { decodeCursor, encodeCursor, isPosition } from '../http/pageCursor';
import { readPageLimit } from '../http/readPageLimit';
import type { ListPosition, ListQuery } from './TicketRepository';

/** Which list a cursor belongs to; a cursor of one list is refused by another. @internal */
export type ListKind = 'tickets' | 'comments';

const PAGE_LIMITS = { fallback: 20, max: 100 };

function encodeListCursor(kind: ListKind, position: ListPosition): string {
  return encodeCursor({ l: kind, t: position.createdAt, s: position.seq });
}

function decodeListCursor(kind: ListKind, cursor: string): ListPosition | undefined {
  const value = decodeCursor(cursor);
  if (value?.l !== kind) return undefined;
  const { t: createdAt, s: seq } = value;
  return typeof createdAt === 'number' && Number.isSafeInteger(createdAt) && createdAt >= 0 && isPosition(seq)
    ? { createdAt, seq }
    : undefined;
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
  const limited = readPageLimit(c, PAGE_LIMITS);
  if (!limited.ok) return limited;
  const pageSize = limited.limit;
  const cursor = c.req.query('cursor');
  const after = cursor === undefined ? undefined : decodeListCursor(kind, cursor);
  if (cursor !== undefined && after === undefined) return { ok: false, response: invalidCursor() };
  return {
    ok: true,
    query: { limit: pageSize + 1, pageSize, ...(after === undefined ? {} : { after }) },
  };
}

/**
 * Turns the items fetched with a {@link readPageQuery} query into `{ data, nextCursor }`. `toBody` may be
 * async (comments sign the download links of their files).
 * @internal
 */
export async function pageBody<Item extends ListPosition, Body>(
  kind: ListKind,
  items: readonly Item[],
  pageSize: number,
  toBody: (item: Item) => Body | Promise<Body>,
): Promise<{ data: Body[]; nextCursor: string | null }> {
  const page = items.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    data: await Promise.all(page.map((item) => toBody(item))),
    nextCursor: items.length > pageSize && last !== undefined ? encodeListCursor(kind, last) : null,
  };
}
