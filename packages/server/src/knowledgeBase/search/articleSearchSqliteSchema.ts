/**
 * The SQLite table {@link createSqliteSearchIndex} works on, for the store's migrations to run (the index
 * never creates it).
 *
 * `title` and `body` hold the terms of {@link tokenizeForSearch} joined by spaces, so FTS5's own tokenizer
 * only splits on those spaces (the terms are built to pass through `unicode61 remove_diacritics 2`
 * unchanged); they come first because `bm25(article_search, 3.0, 1.0)` weights columns by position. The
 * other columns are stored, not indexed. The rowid is managed by the index (derived from article id and
 * locale): write to this table only through it.
 * @internal
 */
export const articleSearchSqliteSchema = `
CREATE VIRTUAL TABLE article_search USING fts5(
  title,
  body,
  widget_key UNINDEXED,
  article_id UNINDEXED,
  locale UNINDEXED,
  collection_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;
