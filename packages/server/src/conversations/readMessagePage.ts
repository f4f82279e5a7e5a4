import type { MessagePage } from '@parley/contract';
import type { Context } from 'hono';
import type { Engine } from '../app/Engine';
import { invalidCursor, invalidRequest } from '../http/badRequest';
import { decodeCursor, encodeCursor, isPosition } from '../http/pageCursor';
import { readPageLimit } from '../http/readPageLimit';
import type { MessageQuery } from './ConversationRecords';
import { messageBody } from './conversationBody';

/**
 * A message cursor names its conversation and the range of the page it came from (the sequence positions
 * of its oldest and newest messages): `before=<cursor>` continues older than the range, `after=<cursor>`
 * newer. It is valid only for its own conversation and when both messages exist.
 */
function messageCursor(conversationId: string, oldest: number, newest: number): string {
  return encodeCursor({ c: conversationId, o: oldest, n: newest });
}

async function readCursor(
  engine: Engine,
  text: string,
  conversationId: string,
): Promise<{ oldest: number; newest: number } | undefined> {
  const cursor = decodeCursor(text);
  if (cursor === undefined || cursor.c !== conversationId) return undefined;
  const { o: oldest, n: newest } = cursor;
  if (!isPosition(oldest) || !isPosition(newest) || oldest > newest) return undefined;
  const repository = engine.store.conversations;
  const [first, last] = await Promise.all([
    repository.getMessageAt(conversationId, oldest),
    repository.getMessageAt(conversationId, newest),
  ]);
  return first === undefined || last === undefined ? undefined : { oldest, newest };
}

/**
 * Answers `GET .../messages?before&after&limit` for a conversation the caller may see. Pages are always
 * in chronological order. Without a cursor: the latest page, whose `nextCursor` continues to older
 * messages. `before=<cursor>`: the page just older than the cursor's page, `nextCursor` continuing older.
 * `after=<cursor>`: the page just newer, `nextCursor` continuing newer, `null` once caught up. Any page's
 * cursor works with either parameter. A malformed or forged cursor is 400 `invalid_cursor`; `before` with
 * `after` is 400 `invalid_request`.
 * @returns the page, or the problem answer to send.
 * @internal
 */
export async function readMessagePage(
  engine: Engine,
  c: Context,
  conversationId: string,
): Promise<{ ok: true; page: MessagePage } | { ok: false; response: Response }> {
  const limit = readPageLimit(c);
  if (!limit.ok) return limit;
  const before = c.req.query('before');
  const after = c.req.query('after');
  if (before !== undefined && after !== undefined) {
    return { ok: false, response: invalidRequest('Give before or after, not both.') };
  }
  let query: MessageQuery = { limit: limit.limit };
  const cursorText = before ?? after;
  if (cursorText !== undefined) {
    const range = await readCursor(engine, cursorText, conversationId);
    if (range === undefined)
      return { ok: false, response: invalidCursor(before === undefined ? 'after' : 'before') };
    query =
      before === undefined
        ? { after: range.newest, limit: limit.limit }
        : { before: range.oldest, limit: limit.limit };
  }
  const { messages, hasMore } = await engine.store.conversations.listMessages(conversationId, query);
  const oldest = messages[0];
  const newest = messages.at(-1);
  return {
    ok: true,
    page: {
      data: await Promise.all(messages.map((message) => messageBody(engine, message))),
      nextCursor:
        hasMore && oldest !== undefined && newest !== undefined
          ? messageCursor(conversationId, oldest.seq, newest.seq)
          : null,
    },
  };
}
