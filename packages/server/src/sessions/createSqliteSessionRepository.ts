import type Database from 'better-sqlite3';
import type { SessionRepository } from './SessionRepository';

/** The tables of contacts and sessions. @internal */
export const sessionSqliteSchema = '';

/** Contacts and sessions in SQLite. @internal */
export function createSqliteSessionRepository(_db: Database.Database): SessionRepository {
  return {
    async findSessionByTokenHash() {
      return undefined;
    },
    async getContact() {
      return undefined;
    },
  };
}
