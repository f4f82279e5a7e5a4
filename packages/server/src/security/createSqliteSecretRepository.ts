import type Database from 'better-sqlite3';
import type { SecretRepository } from './SecretRepository';

/** The table of the server's own secrets, run by the store's migrations. @internal */
export const secretSqliteSchema = `
  CREATE TABLE server_secrets (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  INTEGER NOT NULL
  ) STRICT;
`;

/** Secrets in SQLite, kept with the rest of the data folder. @internal */
export function createSqliteSecretRepository(db: Database.Database): SecretRepository {
  // The primary key makes the first insert win, also between processes sharing the file.
  const insert = db.prepare<[string, string, number]>(
    'INSERT INTO server_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING',
  );
  const select = db.prepare<[string], { value: string }>('SELECT value FROM server_secrets WHERE name = ?');
  return {
    async getOrCreate(name, create) {
      const existing = select.get(name);
      if (existing !== undefined) return existing.value;
      insert.run(name, create(), Date.now());
      const stored = select.get(name);
      if (stored === undefined) throw new Error(`The secret ${name} could not be stored.`);
      return stored.value;
    },
  };
}
