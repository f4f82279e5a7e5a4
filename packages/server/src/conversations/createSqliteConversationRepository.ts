import type { ConversationContext, MessagePart, Participant } from '@parley/contract';
import type Database from 'better-sqlite3';
import type {
  ConversationChanges,
  ConversationRecord,
  MessageListPage,
  MessageRecord,
  RatingRecord,
} from './ConversationRecords';
import type { AddedMessage, ConversationRepository } from './ConversationRepository';

/** The tables of conversations and messages, run by the store's migrations. @internal */
export const conversationSqliteSchema = `
  CREATE TABLE conversations (
    id                      TEXT PRIMARY KEY,
    widget_key              TEXT NOT NULL,
    contact_id              TEXT NOT NULL,
    status                  TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    assignee                TEXT, -- Participant JSON; NULL while waiting for the team
    context                 TEXT NOT NULL, -- ConversationContext JSON
    rating                  TEXT, -- {score, comment, ratedAt} JSON
    visitor_read_message_id TEXT,
    team_read_message_id    TEXT,
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL,
    activity                INTEGER NOT NULL UNIQUE -- increases with every change: the order of lists
  ) STRICT;
  CREATE INDEX conversations_contact ON conversations (contact_id, activity);
  CREATE INDEX conversations_widget ON conversations (widget_key, status, activity);

  CREATE TABLE messages (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT, -- per database, never reused: cursors point at it
    id                TEXT NOT NULL UNIQUE,
    conversation_id   TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    client_message_id TEXT,
    author            TEXT NOT NULL, -- Participant JSON
    author_kind       TEXT NOT NULL, -- copy of author.kind, for unread counts
    text              TEXT NOT NULL,
    parts             TEXT NOT NULL, -- MessagePart[] JSON
    attachment_ids    TEXT NOT NULL, -- string[] JSON
    created_at        INTEGER NOT NULL,
    UNIQUE (conversation_id, client_message_id)
  ) STRICT;
  CREATE INDEX messages_conversation ON messages (conversation_id, seq);
`;

interface ConversationRow {
  id: string;
  widget_key: string;
  contact_id: string;
  status: 'open' | 'resolved';
  assignee: string | null;
  context: string;
  rating: string | null;
  visitor_read_message_id: string | null;
  team_read_message_id: string | null;
  created_at: number;
  updated_at: number;
  activity: number;
}

interface MessageRow {
  seq: number;
  id: string;
  conversation_id: string;
  client_message_id: string | null;
  author: string;
  text: string;
  parts: string;
  attachment_ids: string;
  created_at: number;
}

function toConversation(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    widgetKey: row.widget_key,
    contactId: row.contact_id,
    status: row.status,
    assignee: row.assignee === null ? null : (JSON.parse(row.assignee) as Participant),
    context: JSON.parse(row.context) as ConversationContext,
    rating: row.rating === null ? null : (JSON.parse(row.rating) as RatingRecord),
    visitorReadMessageId: row.visitor_read_message_id,
    teamReadMessageId: row.team_read_message_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toMessage(row: MessageRow): MessageRecord {
  return {
    seq: row.seq,
    id: row.id,
    conversationId: row.conversation_id,
    clientMessageId: row.client_message_id,
    author: JSON.parse(row.author) as Participant,
    text: row.text,
    parts: JSON.parse(row.parts) as MessagePart[],
    attachmentIds: JSON.parse(row.attachment_ids) as string[],
    createdAt: row.created_at,
  };
}

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

const CONVERSATION_COLUMNS = `id, widget_key, contact_id, status, assignee, context, rating,
  visitor_read_message_id, team_read_message_id, created_at, updated_at, activity`;
const MESSAGE_COLUMNS = `seq, id, conversation_id, client_message_id, author, text, parts, attachment_ids,
  created_at`;
const NEXT_ACTIVITY = '(SELECT coalesce(max(activity), 0) + 1 FROM conversations)';

/**
 * Conversations and messages in SQLite. The factory only prepares statements; the store's migrations
 * create the tables ({@link conversationSqliteSchema}).
 * @internal
 */
export function createSqliteConversationRepository(db: Database.Database): ConversationRepository {
  const insertConversation = db.prepare(
    `INSERT INTO conversations (${CONVERSATION_COLUMNS}) VALUES (@id, @widget_key, @contact_id, @status,
       @assignee, @context, @rating, @visitor_read_message_id, @team_read_message_id, @created_at,
       @updated_at, ${NEXT_ACTIVITY})`,
  );
  const selectConversation = db.prepare<[string], ConversationRow>(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE id = ?`,
  );
  const selectConversations = db.prepare<
    {
      contact_id: string | null;
      widget_key: string | null;
      status: string | null;
      after: number | null;
      limit: number;
    },
    ConversationRow
  >(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations
     WHERE (@contact_id IS NULL OR contact_id = @contact_id)
       AND (@widget_key IS NULL OR widget_key = @widget_key)
       AND (@status IS NULL OR status = @status)
       AND (@after IS NULL OR activity < @after)
     ORDER BY activity DESC LIMIT @limit`,
  );
  const updateRow = db.prepare(
    `UPDATE conversations SET status = @status, assignee = @assignee, rating = @rating,
       visitor_read_message_id = @visitor_read_message_id, team_read_message_id = @team_read_message_id,
       updated_at = @updated_at,
       activity = CASE WHEN @touch = 1 THEN ${NEXT_ACTIVITY} ELSE activity END
     WHERE id = @id`,
  );
  const touchConversation = db.prepare<[number, string]>(
    `UPDATE conversations SET updated_at = ?, activity = ${NEXT_ACTIVITY} WHERE id = ?`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (id, conversation_id, client_message_id, author, author_kind, text, parts,
       attachment_ids, created_at)
     VALUES (@id, @conversation_id, @client_message_id, @author, @author_kind, @text, @parts,
       @attachment_ids, @created_at)
     ON CONFLICT (conversation_id, client_message_id) DO NOTHING`,
  );
  const selectMessageById = db.prepare<[string, string], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = ? AND conversation_id = ?`,
  );
  const selectMessageAt = db.prepare<[string, number], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND seq = ?`,
  );
  const selectMessageByClientId = db.prepare<[string, string], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND client_message_id = ?`,
  );
  const selectLatest = db.prepare<[string, number], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?`,
  );
  const selectBefore = db.prepare<[string, number, number], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
  );
  const selectAfter = db.prepare<[string, number, number], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq ASC LIMIT ?`,
  );
  const countUnread = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
     WHERE m.conversation_id = ? AND m.author_kind IN ('agent', 'bot')
       AND m.seq > coalesce((SELECT seq FROM messages WHERE id = c.visitor_read_message_id), 0)
       AND c.id = ?`,
  );
  const moveConversations = db.prepare<[string, string]>(
    'UPDATE conversations SET contact_id = ? WHERE contact_id = ?',
  );
  const moveAuthors = db.prepare<{ from: string; to: string }>(
    `UPDATE messages SET author = json_set(author, '$.id', @to)
     WHERE author_kind = 'visitor' AND json_extract(author, '$.id') = @from
       AND conversation_id IN (SELECT id FROM conversations WHERE contact_id = @to)`,
  );

  const add = db.transaction((message: Parameters<ConversationRepository['addMessage']>[0]): AddedMessage => {
    const result = insertMessage.run({
      id: message.id,
      conversation_id: message.conversationId,
      client_message_id: message.clientMessageId,
      author: JSON.stringify(message.author),
      author_kind: message.author.kind,
      text: message.text,
      parts: JSON.stringify(message.parts),
      attachment_ids: JSON.stringify(message.attachmentIds),
      created_at: message.createdAt,
    });
    if (result.changes === 0 && message.clientMessageId !== null) {
      const existing = selectMessageByClientId.get(message.conversationId, message.clientMessageId);
      if (existing !== undefined) return { created: false, message: toMessage(existing) };
    }
    touchConversation.run(message.createdAt, message.conversationId);
    return { created: true, message: { ...structuredClone(message), seq: Number(result.lastInsertRowid) } };
  });
  const update = db.transaction((id: string, changes: ConversationChanges, touch: boolean) => {
    const row = selectConversation.get(id);
    if (row === undefined) return undefined;
    const next = { ...toConversation(row), ...changes };
    updateRow.run({
      id,
      status: next.status,
      assignee: json(next.assignee),
      rating: json(next.rating),
      visitor_read_message_id: next.visitorReadMessageId,
      team_read_message_id: next.teamReadMessageId,
      updated_at: next.updatedAt,
      touch: touch ? 1 : 0,
    });
    return next;
  });
  const reassign = db.transaction((from: string, to: string) => {
    moveConversations.run(to, from);
    moveAuthors.run({ from, to });
  });

  return {
    async seed() {},

    async createConversation(conversation) {
      insertConversation.run({
        id: conversation.id,
        widget_key: conversation.widgetKey,
        contact_id: conversation.contactId,
        status: conversation.status,
        assignee: json(conversation.assignee),
        context: JSON.stringify(conversation.context),
        rating: json(conversation.rating),
        visitor_read_message_id: conversation.visitorReadMessageId,
        team_read_message_id: conversation.teamReadMessageId,
        created_at: conversation.createdAt,
        updated_at: conversation.updatedAt,
      });
    },

    async getConversation(id) {
      const row = selectConversation.get(id);
      return row === undefined ? undefined : toConversation(row);
    },

    async listConversations({ contactId, widgetKey, status, after, limit }) {
      const rows = selectConversations.all({
        contact_id: contactId ?? null,
        widget_key: widgetKey ?? null,
        status: status ?? null,
        after: after ?? null,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      return {
        conversations: page.map(toConversation),
        next: rows.length > limit ? (page.at(-1)?.activity ?? null) : null,
      };
    },

    async updateConversation(id, changes, touch) {
      return update(id, changes, touch);
    },

    async addMessage(message) {
      return add(message);
    },

    async getMessage(conversationId, messageId) {
      const row = selectMessageById.get(messageId, conversationId);
      return row === undefined ? undefined : toMessage(row);
    },

    async getMessageAt(conversationId, seq) {
      const row = selectMessageAt.get(conversationId, seq);
      return row === undefined ? undefined : toMessage(row);
    },

    async findMessageByClientId(conversationId, clientMessageId) {
      const row = selectMessageByClientId.get(conversationId, clientMessageId);
      return row === undefined ? undefined : toMessage(row);
    },

    async listMessages(conversationId, query): Promise<MessageListPage> {
      // One extra row tells whether more follow.
      const rows =
        'after' in query
          ? selectAfter.all(conversationId, query.after, query.limit + 1)
          : 'before' in query
            ? selectBefore.all(conversationId, query.before, query.limit + 1)
            : selectLatest.all(conversationId, query.limit + 1);
      const page = rows.slice(0, query.limit).map(toMessage);
      if (!('after' in query)) page.reverse();
      return { messages: page, hasMore: rows.length > query.limit };
    },

    async getLastMessage(conversationId) {
      const row = selectLatest.get(conversationId, 1);
      return row === undefined ? undefined : toMessage(row);
    },

    async countUnreadByVisitor(conversationId) {
      return countUnread.get(conversationId, conversationId)?.n ?? 0;
    },

    async reassignContact(fromContactId, toContactId) {
      reassign(fromContactId, toContactId);
    },
  };
}
