import type { Database } from 'better-sqlite3';
import type { ArticleSearchIndex, SearchDocument, SearchHit, SearchQuery } from './ArticleSearchIndex';
import { articleSearchRowid } from './articleSearchRowid';
import { parseSearchQuery } from './parseSearchQuery';
import { tokenizeForSearch } from './tokenizeForSearch';

interface KeyRow {
  article_id: string;
  locale: string;
}

/** The MATCH expression: every term double-quoted (so nothing in it is syntax), the prefix one starred. */
function toMatchExpression(query: string): string | undefined {
  const phrases = parseSearchQuery(query);
  if (phrases.length === 0) return undefined;
  return phrases.map(({ term, prefix }) => `"${term.replaceAll('"', '""')}"${prefix ? '*' : ''}`).join(' ');
}

function toCount(value: number): number {
  return Number.isNaN(value) ? 0 : Math.min(Math.max(0, Math.floor(value)), Number.MAX_SAFE_INTEGER);
}

/**
 * An {@link ArticleSearchIndex} on SQLite FTS5, in the `article_search` table of
 * {@link articleSearchSqliteSchema}, which the caller creates (the store's migrations); it matches exactly
 * what {@link createMemorySearchIndex} matches, ranked by `bm25(article_search, 3.0, 1.0)`.
 *
 * Writes are synchronous and each upsert is atomic (it joins the caller's transaction when there is one).
 * The index assumes it is the only writer of the table.
 *
 * @param db - An open better-sqlite3 connection whose schema has `article_search`.
 * @returns The index; its statements are prepared up front.
 * @throws SqliteError when the table does not exist.
 * @internal
 */
export function createSqliteSearchIndex(db: Database): ArticleSearchIndex {
  const findAt = db.prepare<[bigint], KeyRow>(
    'SELECT article_id, locale FROM article_search WHERE rowid = ?',
  );
  const deleteAt = db.prepare<[bigint]>('DELETE FROM article_search WHERE rowid = ?');
  const deleteDisplaced = db.prepare<[string, string]>(
    'DELETE FROM article_search WHERE rowid < 0 AND article_id = ? AND locale = ?',
  );
  const lowestRowid = db
    .prepare<[], number>('SELECT rowid FROM article_search ORDER BY rowid LIMIT 1')
    .pluck();
  const insert = db.prepare<[bigint, string, string, string, string, string, string]>(
    `INSERT INTO article_search (rowid, title, body, widget_key, article_id, locale, collection_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // One statement gives both the page and the total: cheaper than a separate count(*), which would run the
  // MATCH (the expensive part) a second time. Rows are [article_id, bm25] pairs, best first.
  const selectAll = (withCollection: boolean) =>
    db
      .prepare<unknown[], [string, number]>(
        `SELECT article_id, bm25(article_search, 3.0, 1.0) AS rank FROM article_search
         WHERE article_search MATCH ? AND widget_key = ? AND locale = ?${withCollection ? ' AND collection_id = ?' : ''}
         ORDER BY rank, article_id`,
      )
      .raw();
  const inWidget = selectAll(false);
  const inCollection = selectAll(true);

  const removeEntry = (articleId: string, locale: string): bigint => {
    const slot = articleSearchRowid(articleId, locale);
    const occupant = findAt.get(slot);
    if (occupant?.article_id === articleId && occupant.locale === locale) deleteAt.run(slot);
    deleteDisplaced.run(articleId, locale);
    return slot;
  };

  const write = db.transaction((document: SearchDocument, title: string, body: string): void => {
    let rowid = removeEntry(document.articleId, document.locale);
    if (findAt.get(rowid) !== undefined) rowid = BigInt(Math.min(lowestRowid.get() ?? 0, 0) - 1);
    insert.run(
      rowid,
      title,
      body,
      document.widgetKey,
      document.articleId,
      document.locale,
      document.collectionId,
    );
  });
  const remove = db.transaction((articleId: string, locale: string): void => {
    removeEntry(articleId, locale);
  });

  return {
    upsert(document: SearchDocument): void {
      // Tokenize before taking the write lock.
      write(
        document,
        tokenizeForSearch(document.title).join(' '),
        tokenizeForSearch(document.body).join(' '),
      );
    },

    remove(articleId: string, locale: string): void {
      remove(articleId, locale);
    },

    search(query: SearchQuery): { hits: SearchHit[]; total: number } {
      const match = toMatchExpression(query.query);
      if (match === undefined) return { hits: [], total: 0 };
      const rows =
        query.collectionId === undefined
          ? inWidget.all(match, query.widgetKey, query.locale)
          : inCollection.all(match, query.widgetKey, query.locale, query.collectionId);
      const offset = toCount(query.offset);
      const hits = rows
        .slice(offset, offset + toCount(query.limit))
        .map(([articleId, rank]) => ({ articleId, locale: query.locale, score: 0 - rank }));
      return { hits, total: rows.length };
    },
  };
}
