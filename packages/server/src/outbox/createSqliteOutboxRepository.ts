import type Database from 'better-sqlite3';
import type { OutboxRepository } from './OutboxRepository';

/** The tables of this domain, run by the store's migrations. @internal */
export const outboxSqliteSchema = '';

/** This domain's storage in SQLite. @internal */
export function createSqliteOutboxRepository(_db: Database.Database): OutboxRepository {
  return {
    async seed() {},
  };
}
