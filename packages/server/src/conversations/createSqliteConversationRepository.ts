import type Database from 'better-sqlite3';
import type { ConversationRepository } from './ConversationRepository';

/** The tables of this domain, run by the store's migrations. @internal */
export const conversationSqliteSchema = '';

/** This domain's storage in SQLite. @internal */
export function createSqliteConversationRepository(_db: Database.Database): ConversationRepository {
  return {
    async seed() {},
    async reassignContact() {},
  };
}
