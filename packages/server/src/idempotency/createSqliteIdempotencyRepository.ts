import type Database from 'better-sqlite3';
import type { IdempotencyRecord, IdempotencyRepository } from './IdempotencyRepository';

/** The table of remembered requests. @internal */
export const idempotencySqliteSchema = `
  CREATE TABLE idempotency_keys (
    scope       TEXT NOT NULL,
    key         TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status      INTEGER NOT NULL,
    headers     TEXT NOT NULL, -- JSON object
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  ) STRICT;
  CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
`;

interface Row {
  scope: string;
  key: string;
  fingerprint: string;
  status: number;
  headers: string;
  body: string;
  created_at: number;
}

/** Idempotency records in SQLite. @internal */
export function createSqliteIdempotencyRepository(db: Database.Database): IdempotencyRepository {
  const select = db.prepare<[string, string], Row>(
    'SELECT * FROM idempotency_keys WHERE scope = ? AND key = ?',
  );
  const insert = db.prepare<[string, string, string, number, string, string, number]>(
    `INSERT OR REPLACE INTO idempotency_keys (scope, key, fingerprint, status, headers, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const prune = db.prepare<[number]>('DELETE FROM idempotency_keys WHERE created_at < ?');
  return {
    async find(scope, key) {
      const row = select.get(scope, key);
      if (row === undefined) return undefined;
      const record: IdempotencyRecord = {
        scope: row.scope,
        key: row.key,
        fingerprint: row.fingerprint,
        status: row.status,
        headers: JSON.parse(row.headers) as Record<string, string>,
        body: row.body,
        createdAt: row.created_at,
      };
      return record;
    },
    async save(record) {
      insert.run(
        record.scope,
        record.key,
        record.fingerprint,
        record.status,
        JSON.stringify(record.headers),
        record.body,
        record.createdAt,
      );
    },
    async deleteOlderThan(before) {
      prune.run(before);
    },
  };
}
