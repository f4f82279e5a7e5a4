import type Database from 'better-sqlite3';
import type { ArticleRepository } from './ArticleRepository';

/** The tables of this domain, run by the store's migrations. @internal */
export const knowledgeBaseSqliteSchema = '';

/** This domain's storage in SQLite. @internal */
export function createSqliteArticleRepository(_db: Database.Database): ArticleRepository {
  return {
    async seed() {},
  };
}
