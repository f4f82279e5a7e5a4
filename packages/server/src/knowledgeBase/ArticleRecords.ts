/** A help-centre collection as stored, with its texts in every locale it has. @internal */
export interface CollectionRecord {
  id: string;
  widgetKey: string;
  /** Display order among the widget's collections, lowest first (ties by id). */
  position: number;
  /** Texts keyed by locale, in seed order. */
  translations: Record<string, { title: string; description: string }>;
}

/** One translation of an article as stored. @internal */
export interface ArticleTranslationRecord {
  title: string;
  /** Markdown. */
  body: string;
  /** The body as plain text (`markdownToPlainText`), for snippets, excerpts and the index. */
  plainText: string;
}

/** An article as stored, with every translation. @internal */
export interface ArticleRecord {
  id: string;
  widgetKey: string;
  collectionId: string;
  /** Display order within its collection, lowest first (ties by id). */
  position: number;
  /** Epoch milliseconds. */
  updatedAt: number;
  /** Page URL patterns where the article is a good suggestion (see `matchPagePattern`). */
  pagePatterns: string[];
  /** Translations keyed by locale, in seed order. */
  translations: Record<string, ArticleTranslationRecord>;
}

/** An article in one locale, without its Markdown: what lists, search hits and suggestions show. @internal */
export interface ArticleSummaryRecord {
  id: string;
  collectionId: string;
  locale: string;
  title: string;
  plainText: string;
  /** Epoch milliseconds. */
  updatedAt: number;
}

/** Where an article sits, for keyset paging of a collection's articles. @internal */
export interface ArticlePosition {
  position: number;
  id: string;
}

/** One contact's vote on one article. @internal */
export interface ArticleFeedbackRecord {
  articleId: string;
  /** The translation that was read. */
  locale: string;
  contactId: string;
  helpful: boolean;
  comment: string | null;
  /** Epoch milliseconds of the (latest) vote. */
  at: number;
}
