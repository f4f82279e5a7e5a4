import type {
  Article,
  ArticleSummary,
  ArticleSummaryPage,
  Collection,
  SearchResponse,
} from '@parley/contract';

/** Options of one search: {@link searchArticles} and `client.articles.search`. */
export interface ArticleSearchOptions {
  /**
   * The reader's language (BCP 47). Overrides the locale of the client or of `SearchArticlesOptions`.
   * @default the client's locale, else the help centre's default
   */
  locale?: string | undefined;
  /** Only articles of this collection. */
  collectionId?: string | undefined;
  /** The `nextCursor` of the previous page of the same search, for the next page. */
  cursor?: string | undefined;
  /**
   * Hits per page, 1 to 50.
   * @default 10 (the backend's default)
   */
  limit?: number | undefined;
  /** Cancels the search; the promise then rejects with `code: 'aborted'`. */
  signal?: AbortSignal | undefined;
}

/** Options of the knowledge-base reads that take a locale. */
export interface ArticleRequestOptions {
  /**
   * The reader's language (BCP 47); the backend answers in the best match it has.
   * @default the client's locale, else the help centre's default
   */
  locale?: string | undefined;
  /** Cancels the request; the promise then rejects with `code: 'aborted'`. */
  signal?: AbortSignal | undefined;
}

/** What to suggest articles for: text being typed, or the page being viewed. */
export type ArticleSuggestInput =
  | { query: string; pageUrl?: undefined }
  | { pageUrl: string; query?: undefined };

/** Options of {@link ArticlesApi.collectionArticles}. */
export interface CollectionArticlesOptions extends ArticleRequestOptions {
  /** The `nextCursor` of the previous page, for the next one. */
  cursor?: string | undefined;
  /**
   * Articles per page, 1 to 50.
   * @default 20 (the backend's default)
   */
  limit?: number | undefined;
}

/** A reader's answer to "did this article help?". */
export interface ArticleFeedback {
  /** Whether the article answered the reader's question. */
  helpful: boolean;
  /** What was missing or wrong, at most 2,000 characters. */
  comment?: string | undefined;
  /**
   * Which translation was read.
   * @default the locale of the article as last read with `get`, else the client's locale
   */
  locale?: string | undefined;
}

/** The help centre: `client.articles`. Reads are public; only feedback needs a session. */
export interface ArticlesApi {
  /**
   * Full-text search, best hits first, each with the ranges of its title and snippet to highlight.
   * Made for search-as-you-type: a new search cancels the one still running (it rejects with
   * `code: 'aborted'`), so results never arrive out of order. The query is trimmed and cut to 200
   * characters; an empty query resolves to no hits without a request. A search that succeeds is
   * remembered as context for the next conversation or ticket.
   * @throws {ParleyError} `aborted`, `network`, `timeout`, `not_found` (unknown collection)...
   * @example
   * ```ts
   * const { data, total, nextCursor } = await client.articles.search('reset password');
   * ```
   */
  search(query: string, options?: ArticleSearchOptions): Promise<SearchResponse>;
  /**
   * A few articles (the reference server gives at most 5) for text being typed, such as a new message, or for the page the customer
   * is on (only its origin and path are sent). Empty input resolves to none without a request.
   * @example
   * ```ts
   * const articles = await client.articles.suggest({ pageUrl: location.href });
   * ```
   */
  suggest(input: ArticleSuggestInput, options?: ArticleRequestOptions): Promise<ArticleSummary[]>;
  /**
   * One article, in the requested locale when it is written in it. The last read of each article is kept
   * with its ETag: reading it again in the same locale asks the backend only whether it changed. Remembered
   * as context for the next conversation or ticket.
   * @throws {ParleyError} `not_found` for an unknown article...
   */
  get(articleId: string, options?: ArticleRequestOptions): Promise<Article>;
  /** Every collection of the help centre, in display order. */
  collections(options?: ArticleRequestOptions): Promise<Collection[]>;
  /** One page of a collection's articles, in display order; `nextCursor` is `null` on the last page. */
  collectionArticles(collectionId: string, options?: CollectionArticlesOptions): Promise<ArticleSummaryPage>;
  /**
   * Records whether an article helped (voting again replaces the earlier vote). Starts a session when
   * there is none; retried on network failures.
   */
  feedback(articleId: string, feedback: ArticleFeedback): Promise<void>;
}
