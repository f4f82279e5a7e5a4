import type Database from 'better-sqlite3';
import type { TicketRepository } from './TicketRepository';

/** The tables of this domain, run by the store's migrations. @internal */
export const ticketSqliteSchema = '';

/** This domain's storage in SQLite. @internal */
export function createSqliteTicketRepository(_db: Database.Database): TicketRepository {
  return {
    async seed() {},
    async reassignContact() {},
  };
}
