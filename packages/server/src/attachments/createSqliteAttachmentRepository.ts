import type Database from 'better-sqlite3';
import type { AttachmentRepository } from './AttachmentRepository';

/** The tables of this domain, run by the store's migrations. @internal */
export const attachmentSqliteSchema = '';

/** This domain's storage in SQLite. @internal */
export function createSqliteAttachmentRepository(_db: Database.Database): AttachmentRepository {
  return {
    async seed() {},
  };
}
