import type Database from 'better-sqlite3';
import type { OutboxRecord } from './OutboxRecord';
import type { OutboxRepository } from './OutboxRepository';

/** The table of outbox emails, run by the store's migrations. @internal */
export const outboxSqliteSchema = `
  CREATE TABLE outbox_emails (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT, -- list order and cursor position
    id              TEXT NOT NULL UNIQUE,
    widget_key      TEXT NOT NULL,
    contact_id      TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    to_address      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    text            TEXT NOT NULL,
    link            TEXT NOT NULL,
    link_token_hash TEXT NOT NULL UNIQUE, -- SHA-256 hex of the one-time link token
    link_expires_at INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    used_at         INTEGER
  ) STRICT;
  CREATE INDEX outbox_emails_contact ON outbox_emails (contact_id);
`;

interface OutboxRow {
  seq: number;
  id: string;
  widget_key: string;
  contact_id: string;
  conversation_id: string;
  to_address: string;
  subject: string;
  text: string;
  link: string;
  link_token_hash: string;
  link_expires_at: number;
  created_at: number;
  used_at: number | null;
}

function toRecord(row: OutboxRow): OutboxRecord {
  return {
    id: row.id,
    widgetKey: row.widget_key,
    contactId: row.contact_id,
    conversationId: row.conversation_id,
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    link: row.link,
    linkTokenHash: row.link_token_hash,
    linkExpiresAt: row.link_expires_at,
    createdAt: row.created_at,
    usedAt: row.used_at,
  };
}

const COLUMNS = `seq, id, widget_key, contact_id, conversation_id, to_address, subject, text, link,
  link_token_hash, link_expires_at, created_at, used_at`;

/** Outbox emails in SQLite; the store's migrations create the table. @internal */
export function createSqliteOutboxRepository(db: Database.Database): OutboxRepository {
  const insert = db.prepare(
    `INSERT INTO outbox_emails (id, widget_key, contact_id, conversation_id, to_address, subject, text, link,
       link_token_hash, link_expires_at, created_at, used_at)
     VALUES (@id, @widget_key, @contact_id, @conversation_id, @to_address, @subject, @text, @link,
       @link_token_hash, @link_expires_at, @created_at, @used_at)`,
  );
  const selectPage = db.prepare<[number, number], OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox_emails WHERE seq < ? ORDER BY seq DESC LIMIT ?`,
  );
  const selectByHash = db.prepare<[string], OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox_emails WHERE link_token_hash = ?`,
  );
  // One statement, so two redemptions at once cannot both succeed.
  const markUsed = db.prepare<[number, string, number]>(
    `UPDATE outbox_emails SET used_at = ?
     WHERE link_token_hash = ? AND used_at IS NULL AND link_expires_at > ?`,
  );
  const moveContact = db.prepare<[string, string]>(
    'UPDATE outbox_emails SET contact_id = ? WHERE contact_id = ?',
  );

  return {
    async seed() {},

    async addEmail(email) {
      insert.run({
        id: email.id,
        widget_key: email.widgetKey,
        contact_id: email.contactId,
        conversation_id: email.conversationId,
        to_address: email.to,
        subject: email.subject,
        text: email.text,
        link: email.link,
        link_token_hash: email.linkTokenHash,
        link_expires_at: email.linkExpiresAt,
        created_at: email.createdAt,
        used_at: email.usedAt,
      });
    },

    async listEmails({ after, limit }) {
      const rows = selectPage.all(after ?? Number.MAX_SAFE_INTEGER, limit + 1);
      const page = rows.slice(0, limit);
      return {
        emails: page.map(toRecord),
        next: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
      };
    },

    async redeemLink(tokenHash, now) {
      if (markUsed.run(now, tokenHash, now).changes === 1) {
        const row = selectByHash.get(tokenHash)!;
        return { contactId: row.contact_id, conversationId: row.conversation_id, widgetKey: row.widget_key };
      }
      const row = selectByHash.get(tokenHash);
      if (row === undefined) return undefined;
      return row.used_at !== null ? 'used' : 'expired';
    },

    async reassignContact(fromContactId, toContactId) {
      moveContact.run(toContactId, fromContactId);
    },
  };
}
