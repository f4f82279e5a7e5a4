import { createHash } from 'node:crypto';
import type { Participant, TicketStatus } from '@parley/contract';
import type Database from 'better-sqlite3';
import { newId } from '../security/newId';
import { seedTicketRecords } from './seedTicketRecords';
import type {
  StoredTicket,
  StoredTicketComment,
  TicketAttachmentRecord,
  TicketCommentRecord,
  TicketRecord,
} from './TicketRecords';
import type { TicketChange, TicketRepository, TicketStatusRule } from './TicketRepository';

/** The tables of tickets, their comments and access grants. @internal */
export const ticketSqliteSchema = `
  CREATE TABLE tickets (
    seq              INTEGER PRIMARY KEY, -- list order; explicit so that VACUUM keeps it
    id               TEXT NOT NULL UNIQUE,
    widget_key       TEXT NOT NULL,
    contact_id       TEXT REFERENCES contacts (id), -- NULL for seeded tickets
    reference        TEXT NOT NULL,
    access_key_hash  TEXT NOT NULL, -- SHA-256 hex of the access key
    email            TEXT NOT NULL,
    email_normalized TEXT NOT NULL,
    name             TEXT,
    subject          TEXT NOT NULL,
    status           TEXT NOT NULL
      CHECK (status IN ('received', 'open', 'waiting_on_customer', 'solved', 'closed')),
    status_history   TEXT NOT NULL, -- JSON array of { status, at }, oldest first
    locale           TEXT NOT NULL,
    fields           TEXT NOT NULL, -- JSON object
    context          TEXT NOT NULL, -- JSON object
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (widget_key, reference)
  ) STRICT;
  CREATE INDEX tickets_contact ON tickets (contact_id, created_at, seq);
  CREATE INDEX tickets_widget ON tickets (widget_key, created_at, seq);

  CREATE TABLE ticket_comments (
    seq               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    ticket_id         TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author_kind       TEXT NOT NULL CHECK (author_kind IN ('visitor', 'bot', 'agent', 'system')),
    author_id         TEXT,
    author_name       TEXT NOT NULL,
    author_avatar_url TEXT,
    text              TEXT NOT NULL,
    attachments       TEXT NOT NULL, -- JSON array of { id, name, contentType, size, createdAt }
    created_at        INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX ticket_comments_ticket ON ticket_comments (ticket_id, created_at, seq);
  CREATE INDEX ticket_comments_author ON ticket_comments (author_id) WHERE author_kind = 'visitor';

  CREATE TABLE ticket_access (
    ticket_id  TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, contact_id)
  ) STRICT;
  CREATE INDEX ticket_access_contact ON ticket_access (contact_id);
`;

interface TicketRow {
  seq: number;
  id: string;
  widget_key: string;
  contact_id: string | null;
  reference: string;
  access_key_hash: string;
  email: string;
  email_normalized: string;
  name: string | null;
  subject: string;
  status: TicketStatus;
  status_history: string;
  locale: string;
  fields: string;
  context: string;
  created_at: number;
  updated_at: number;
  comment_count: number;
}

interface CommentRow {
  seq: number;
  id: string;
  ticket_id: string;
  author_kind: Participant['kind'];
  author_id: string | null;
  author_name: string;
  author_avatar_url: string | null;
  text: string;
  attachments: string;
  created_at: number;
}

interface ListParams {
  contactId: string | null;
  widgetKey: string | null;
  status: string | null;
  createdAt: number | null;
  seq: number | null;
  limit: number;
}

interface CommentListParams {
  ticketId: string;
  createdAt: number | null;
  seq: number | null;
  limit: number;
}

function toTicket(row: TicketRow): StoredTicket {
  return {
    seq: row.seq,
    id: row.id,
    widgetKey: row.widget_key,
    contactId: row.contact_id,
    reference: row.reference,
    accessKeyHash: row.access_key_hash,
    email: row.email,
    emailNormalized: row.email_normalized,
    name: row.name,
    subject: row.subject,
    status: row.status,
    statusHistory: JSON.parse(row.status_history) as TicketRecord['statusHistory'],
    locale: row.locale,
    fields: JSON.parse(row.fields) as TicketRecord['fields'],
    context: JSON.parse(row.context) as TicketRecord['context'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    commentCount: row.comment_count,
  };
}

function toComment(row: CommentRow): StoredTicketComment {
  return {
    seq: row.seq,
    id: row.id,
    ticketId: row.ticket_id,
    author: {
      kind: row.author_kind,
      id: row.author_id,
      name: row.author_name,
      avatarUrl: row.author_avatar_url,
    },
    text: row.text,
    attachments: JSON.parse(row.attachments) as TicketAttachmentRecord[],
    createdAt: row.created_at,
  };
}

function ticketParams(ticket: TicketRecord) {
  return {
    ...ticket,
    statusHistory: JSON.stringify(ticket.statusHistory),
    fields: JSON.stringify(ticket.fields),
    context: JSON.stringify(ticket.context),
  };
}

function commentParams(comment: TicketCommentRecord) {
  return {
    id: comment.id,
    ticketId: comment.ticketId,
    authorKind: comment.author.kind,
    authorId: comment.author.id,
    authorName: comment.author.name,
    authorAvatarUrl: comment.author.avatarUrl,
    text: comment.text,
    attachments: JSON.stringify(comment.attachments),
    createdAt: comment.createdAt,
  };
}

const SELECT_TICKET = `SELECT t.*,
  (SELECT COUNT(*) FROM ticket_comments c WHERE c.ticket_id = t.id) AS comment_count FROM tickets t`;

/**
 * Tickets, comments and access grants in SQLite. Seeding hashes access keys with `node:crypto`, which is
 * synchronous, so that it runs entirely inside the store's seeding transaction.
 * @internal
 */
export function createSqliteTicketRepository(db: Database.Database): TicketRepository {
  const insertTicket = db.prepare(
    `INSERT INTO tickets (id, widget_key, contact_id, reference, access_key_hash, email, email_normalized, name,
       subject, status, status_history, locale, fields, context, created_at, updated_at)
     VALUES (@id, @widgetKey, @contactId, @reference, @accessKeyHash, @email, @emailNormalized, @name,
       @subject, @status, @statusHistory, @locale, @fields, @context, @createdAt, @updatedAt)
     ON CONFLICT (widget_key, reference) DO NOTHING`,
  );
  const replaceSeedTicket = db.prepare(
    `UPDATE tickets SET contact_id = @contactId, access_key_hash = @accessKeyHash, email = @email,
       email_normalized = @emailNormalized, name = @name, subject = @subject, status = @status,
       status_history = @statusHistory, locale = @locale, fields = @fields, context = @context,
       created_at = @createdAt, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const insertComment = db.prepare(
    `INSERT INTO ticket_comments (id, ticket_id, author_kind, author_id, author_name, author_avatar_url, text,
       attachments, created_at)
     VALUES (@id, @ticketId, @authorKind, @authorId, @authorName, @authorAvatarUrl, @text, @attachments,
       @createdAt)`,
  );
  const deleteComments = db.prepare<[string]>('DELETE FROM ticket_comments WHERE ticket_id = ?');
  const selectById = db.prepare<[string], TicketRow>(`${SELECT_TICKET} WHERE t.id = ?`);
  const selectByReference = db.prepare<[string, string], TicketRow>(
    `${SELECT_TICKET} WHERE t.widget_key = ? AND t.reference = ?`,
  );
  // One statement for every filter: a NULL parameter means "any".
  const selectList = db.prepare<[ListParams], TicketRow>(
    `${SELECT_TICKET}
     WHERE (@contactId IS NULL OR t.contact_id = @contactId) AND (@widgetKey IS NULL OR t.widget_key = @widgetKey)
       AND (@status IS NULL OR t.status = @status)
       AND (@createdAt IS NULL OR t.created_at < @createdAt OR (t.created_at = @createdAt AND t.seq < @seq))
     ORDER BY t.created_at DESC, t.seq DESC LIMIT @limit`,
  );
  const selectComments = db.prepare<[CommentListParams], CommentRow>(
    `SELECT * FROM ticket_comments
     WHERE ticket_id = @ticketId
       AND (@createdAt IS NULL OR created_at > @createdAt OR (created_at = @createdAt AND seq > @seq))
     ORDER BY created_at, seq LIMIT @limit`,
  );
  const writeStatus = db.prepare(
    `UPDATE tickets SET status = @status, status_history = @statusHistory, updated_at = @updatedAt WHERE id = @id`,
  );
  const moveTickets = db.prepare<[string, string]>('UPDATE tickets SET contact_id = ? WHERE contact_id = ?');
  // A grant the new contact does not need (it owns the ticket now, or has its own grant) is dropped.
  const moveGrants = db.prepare<[{ from: string; to: string }]>(
    `INSERT OR IGNORE INTO ticket_access (ticket_id, contact_id, granted_at)
     SELECT a.ticket_id, @to, a.granted_at FROM ticket_access a JOIN tickets t ON t.id = a.ticket_id
     WHERE a.contact_id = @from AND (t.contact_id IS NULL OR t.contact_id <> @to)`,
  );
  const deleteGrants = db.prepare<[string]>('DELETE FROM ticket_access WHERE contact_id = ?');
  const moveAuthors = db.prepare<[string, string]>(
    `UPDATE ticket_comments SET author_id = ? WHERE author_kind = 'visitor' AND author_id = ?`,
  );
  const insertGrant = db.prepare<[string, string, number]>(
    'INSERT OR IGNORE INTO ticket_access (ticket_id, contact_id, granted_at) VALUES (?, ?, ?)',
  );
  const selectGrant = db.prepare<[string, string], { found: number }>(
    'SELECT 1 AS found FROM ticket_access WHERE ticket_id = ? AND contact_id = ?',
  );
  const selectGrants = db.prepare<[string], { contact_id: string }>(
    'SELECT contact_id FROM ticket_access WHERE ticket_id = ? ORDER BY granted_at, rowid',
  );

  const getTicket = (id: string): StoredTicket | undefined => {
    const row = selectById.get(id);
    return row === undefined ? undefined : toTicket(row);
  };
  // Applies a rule and writes the new status; returns whether it changed. Runs inside a transaction.
  const applyStatus = (ticket: StoredTicket, status: TicketStatus, at: number, updatedAt: number) => {
    const changed = status !== ticket.status;
    const statusHistory = changed ? [...ticket.statusHistory, { status, at }] : ticket.statusHistory;
    writeStatus.run({
      id: ticket.id,
      status,
      statusHistory: JSON.stringify(statusHistory),
      updatedAt: Math.max(ticket.updatedAt, updatedAt),
    });
    return changed;
  };

  const create = db.transaction(
    (ticket: TicketRecord, firstComment: TicketCommentRecord): StoredTicket | undefined => {
      if (insertTicket.run(ticketParams(ticket)).changes === 0) return undefined;
      insertComment.run(commentParams(firstComment));
      return getTicket(ticket.id);
    },
  );
  const comment = db.transaction(
    (record: TicketCommentRecord, rule: TicketStatusRule): TicketChange | undefined => {
      const ticket = getTicket(record.ticketId);
      if (ticket === undefined) return undefined;
      const next = rule(ticket.status);
      if (next === 'refuse') return { refused: true, ticket };
      insertComment.run(commentParams(record));
      const statusChanged = applyStatus(ticket, next, record.createdAt, record.createdAt);
      return { refused: false, ticket: getTicket(ticket.id)!, statusChanged };
    },
  );
  const status = db.transaction((ticketId: string, rule: TicketStatusRule, at: number) => {
    const ticket = getTicket(ticketId);
    if (ticket === undefined) return undefined;
    const next = rule(ticket.status);
    if (next === 'refuse') return { refused: true as const, ticket };
    if (next === ticket.status) return { refused: false as const, ticket, statusChanged: false };
    applyStatus(ticket, next, at, at);
    return { refused: false as const, ticket: getTicket(ticket.id)!, statusChanged: true };
  });
  const reassign = db.transaction((from: string, to: string) => {
    moveTickets.run(to, from);
    moveGrants.run({ from, to });
    deleteGrants.run(from);
    moveAuthors.run(to, from);
  });

  return {
    // Runs inside the store's seeding transaction: synchronous statements only.
    async seed(content) {
      const existing = new Set<string>();
      const records = seedTicketRecords(
        content.tickets ?? [],
        (seed) => {
          const id = selectByReference.get(seed.widgetKey, seed.reference)?.id;
          if (id !== undefined) existing.add(id);
          return id ?? newId('tkt');
        },
        (seed) => createHash('sha256').update(seed.accessKey, 'utf8').digest('hex'),
      );
      for (const { ticket, comments } of records) {
        if (existing.has(ticket.id)) {
          replaceSeedTicket.run(ticketParams(ticket));
          deleteComments.run(ticket.id);
        } else insertTicket.run(ticketParams(ticket));
        for (const record of comments) insertComment.run(commentParams(record));
      }
    },
    async reassignContact(fromContactId, toContactId) {
      reassign(fromContactId, toContactId);
    },
    async createTicket(ticket, firstComment) {
      return create(ticket, firstComment);
    },
    async getTicket(id) {
      return getTicket(id);
    },
    async findTicketByReference(widgetKey, reference) {
      const row = selectByReference.get(widgetKey, reference);
      return row === undefined ? undefined : toTicket(row);
    },
    async listTickets(filter, { limit, after }) {
      return selectList
        .all({
          contactId: filter.contactId ?? null,
          widgetKey: filter.widgetKey ?? null,
          status: filter.status ?? null,
          createdAt: after?.createdAt ?? null,
          seq: after?.seq ?? null,
          limit,
        })
        .map(toTicket);
    },
    async listComments(ticketId, { limit, after }) {
      return selectComments
        .all({ ticketId, createdAt: after?.createdAt ?? null, seq: after?.seq ?? null, limit })
        .map(toComment);
    },
    async addComment(record, rule) {
      return comment(record, rule);
    },
    async changeStatus(ticketId, rule, at) {
      return status(ticketId, rule, at);
    },
    async grantAccess(ticketId, contactId, at) {
      insertGrant.run(ticketId, contactId, at);
    },
    async hasAccess(ticketId, contactId) {
      return selectGrant.get(ticketId, contactId) !== undefined;
    },
    async listAccess(ticketId) {
      return selectGrants.all(ticketId).map((row) => row.contact_id);
    },
  };
}
