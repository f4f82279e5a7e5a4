import type Database from 'better-sqlite3';
import type { ContactRecord, SessionRecord } from './SessionRecords';
import type { ResumeTokenRecord, SessionRepository } from './SessionRepository';

/** The tables of contacts, sessions and resume tokens. @internal */
export const sessionSqliteSchema = `
  CREATE TABLE contacts (
    id          TEXT PRIMARY KEY,
    widget_key  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('visitor', 'user')),
    user_id     TEXT,
    name        TEXT,
    email       TEXT,
    attributes  TEXT NOT NULL, -- JSON object
    created_at  INTEGER NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX contacts_user ON contacts (widget_key, user_id) WHERE kind = 'user';

  CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    widget_key  TEXT NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    token_hash  TEXT NOT NULL UNIQUE,
    expires_at  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    ended_at    INTEGER
  ) STRICT;

  CREATE TABLE resume_tokens (
    token_hash  TEXT PRIMARY KEY,
    widget_key  TEXT NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    expires_at  INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX resume_tokens_contact ON resume_tokens (contact_id);
`;

interface ContactRow {
  id: string;
  widget_key: string;
  kind: 'visitor' | 'user';
  user_id: string | null;
  name: string | null;
  email: string | null;
  attributes: string;
  created_at: number;
}

interface SessionRow {
  id: string;
  widget_key: string;
  contact_id: string;
  token_hash: string;
  expires_at: number;
  created_at: number;
  ended_at: number | null;
}

interface ResumeRow {
  token_hash: string;
  widget_key: string;
  contact_id: string;
  expires_at: number;
}

function toContact(row: ContactRow): ContactRecord {
  return {
    id: row.id,
    widgetKey: row.widget_key,
    kind: row.kind,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    attributes: JSON.parse(row.attributes) as ContactRecord['attributes'],
    createdAt: row.created_at,
  };
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    widgetKey: row.widget_key,
    contactId: row.contact_id,
    tokenHash: row.token_hash,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  };
}

/** Contacts, sessions and resume tokens in SQLite. @internal */
export function createSqliteSessionRepository(db: Database.Database): SessionRepository {
  const insertContact = db.prepare(
    `INSERT INTO contacts (id, widget_key, kind, user_id, name, email, attributes, created_at)
     VALUES (@id, @widgetKey, @kind, @userId, @name, @email, @attributes, @createdAt)`,
  );
  const selectContact = db.prepare<[string], ContactRow>('SELECT * FROM contacts WHERE id = ?');
  const selectUserContact = db.prepare<[string, string], ContactRow>(
    `SELECT * FROM contacts WHERE widget_key = ? AND user_id = ? AND kind = 'user'`,
  );
  const writeContact = db.prepare(
    `UPDATE contacts SET kind = @kind, user_id = @userId, name = @name, email = @email, attributes = @attributes
     WHERE id = @id`,
  );
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, widget_key, contact_id, token_hash, expires_at, created_at, ended_at)
     VALUES (@id, @widgetKey, @contactId, @tokenHash, @expiresAt, @createdAt, @endedAt)`,
  );
  const selectSession = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const moveSession = db.prepare<[string, string]>('UPDATE sessions SET contact_id = ? WHERE id = ?');
  const endSession = db.prepare<[number, string]>(
    'UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL',
  );
  const insertResume = db.prepare(
    `INSERT OR REPLACE INTO resume_tokens (token_hash, widget_key, contact_id, expires_at)
     VALUES (@tokenHash, @widgetKey, @contactId, @expiresAt)`,
  );
  const selectResume = db.prepare<[string], ResumeRow>('SELECT * FROM resume_tokens WHERE token_hash = ?');
  const deleteResume = db.prepare<[string]>('DELETE FROM resume_tokens WHERE contact_id = ?');

  return {
    async createContact(contact) {
      insertContact.run({ ...contact, attributes: JSON.stringify(contact.attributes) });
    },
    async getContact(id) {
      const row = selectContact.get(id);
      return row === undefined ? undefined : toContact(row);
    },
    async findUserContact(widgetKey, userId) {
      const row = selectUserContact.get(widgetKey, userId);
      return row === undefined ? undefined : toContact(row);
    },
    async updateContact(id, changes) {
      const row = selectContact.get(id);
      if (row === undefined) return undefined;
      const updated = { ...toContact(row), ...changes };
      writeContact.run({ ...updated, attributes: JSON.stringify(updated.attributes) });
      return updated;
    },
    async createSession(session) {
      insertSession.run(session);
    },
    async findSessionByTokenHash(tokenHash) {
      const row = selectSession.get(tokenHash);
      return row === undefined ? undefined : toSession(row);
    },
    async setSessionContact(sessionId, contactId) {
      moveSession.run(contactId, sessionId);
    },
    async endSession(sessionId, at) {
      endSession.run(at, sessionId);
    },
    async saveResumeToken(record: ResumeTokenRecord) {
      insertResume.run(record);
    },
    async findResumeToken(tokenHash) {
      const row = selectResume.get(tokenHash);
      return row === undefined
        ? undefined
        : {
            tokenHash: row.token_hash,
            widgetKey: row.widget_key,
            contactId: row.contact_id,
            expiresAt: row.expires_at,
          };
    },
    async deleteResumeTokens(contactId) {
      deleteResume.run(contactId);
    },
  };
}
