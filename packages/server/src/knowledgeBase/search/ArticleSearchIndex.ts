/**
 * One article translation as the search index sees it.
 * @internal
 */
export interface SearchDocument {
  /** The widget the article belongs to; searches never cross widgets. */
  widgetKey: string;
  /** The article's id; with `locale`, the identity of the entry. */
  articleId: string;
  /** The translation's locale, e.g. `zh-Hant`. */
  locale: string;
  /** The collection the article is filed in. */
  collectionId: string;
  /** The title, plain text. */
  title: string;
  /** The body as plain text (see {@link markdownToPlainText}). */
  body: string;
}

/**
 * A search: which widget, locale and optional collection, what was typed, and which page of results.
 * @internal
 */
export interface SearchQuery {
  /** Only documents of this widget. */
  widgetKey: string;
  /** Only documents in this locale (exact match). */
  locale: string;
  /** What the user typed; any text is accepted, none of it is query syntax. */
  query: string;
  /** Only documents in this collection, when given. */
  collectionId?: string;
  /** At most this many hits. */
  limit: number;
  /** Hits to skip, for paging. */
  offset: number;
}

/**
 * One matching document.
 * @internal
 */
export interface SearchHit {
  /** The article's id. */
  articleId: string;
  /** The translation that matched. */
  locale: string;
  /** Relevance (BM25, title weighted 3×); higher is better. Comparable within one result only. */
  score: number;
}

/**
 * Full-text search over knowledge-base articles, in English as well as Chinese, Japanese and Korean.
 *
 * Implementations: {@link createSqliteSearchIndex} (Node, SQLite FTS5) and {@link createMemorySearchIndex}
 * (anywhere, browsers included). Both match exactly the same documents:
 *
 * - text is split by {@link tokenizeForSearch} (stemmed words; CJK as character bigrams);
 * - every term of the query must occur in the title or the body (AND); the last alphabetic word of the
 *   query also matches as a prefix (`sync dev` finds "sync devices");
 * - a query without terms (empty, only punctuation) finds nothing;
 * - quotes, `*`, `-`, `OR`, `NEAR(` and the like are ordinary text, never syntax, and never throw.
 *
 * Hits are ordered by BM25 relevance with title matches weighted 3× the body, then by `articleId`.
 * @internal
 */
export interface ArticleSearchIndex {
  /** Adds a document, replacing any entry with the same `articleId` and `locale`. */
  upsert(document: SearchDocument): void;
  /** Removes the entry of this `articleId` and `locale`, if any. */
  remove(articleId: string, locale: string): void;
  /**
   * Finds documents, best first.
   * @returns One page of hits, and how many documents match in all.
   */
  search(query: SearchQuery): { hits: SearchHit[]; total: number };
}
