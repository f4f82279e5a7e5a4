import type Database from 'better-sqlite3';
import type { EventLogRepository } from './EventLogRepository';

/** The tables of this domain, run by the store's migrations. @internal */
export const eventLogSqliteSchema = '';

/** This domain's storage in SQLite. @internal */
export function createSqliteEventLogRepository(_db: Database.Database): EventLogRepository {
  return {
    async seed() {},
  };
}
