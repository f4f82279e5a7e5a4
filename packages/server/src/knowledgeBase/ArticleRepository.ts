import type { SeedContent } from '../seed/SeedContent';
import type {
  ArticleFeedbackRecord,
  ArticlePosition,
  ArticleRecord,
  ArticleSummaryRecord,
  CollectionRecord,
} from './ArticleRecords';
import type { SuggestedArticle } from './toSuggestedArticles';

/** A hit of {@link ArticleRepository.searchPage}. @internal */
export interface ArticleSearchHit {
  article: ArticleSummaryRecord;
  /** Relevance; higher is better, comparable within one search only. */
  score: number;
}

/**
 * Storage of the help centre: collections, articles with their translations, the full-text index and
 * article feedback. Implementations: {@link createMemoryArticleRepository} and
 * {@link createSqliteArticleRepository}; both index every translation with the same rules, so they find
 * and rank the same articles.
 *
 * Ids of collections and articles are unique across widgets; every read names the widget, and an id of
 * another widget is treated as unknown.
 * @internal
 */
export interface ArticleRepository {
  /**
   * Writes the collections and articles of seed content (replacing those with the same id, translations
   * included) and indexes every translation. Articles keep the order they have in `content.articles`
   * within their collection. Feedback on replaced articles is kept.
   * @throws TypeError when an article names a collection that neither the content nor the store has, or
   * when a collection or article has no translation; nothing is written then.
   */
  seed(content: SeedContent): Promise<void>;

  /** The locales the widget has at least one article in, sorted. */
  listLocales(widgetKey: string): Promise<string[]>;

  /**
   * The widget's collections, lowest position first, each with how many of its articles are written in
   * `locale`.
   */
  listCollections(
    widgetKey: string,
    locale: string,
  ): Promise<(CollectionRecord & { articleCount: number })[]>;

  /** One collection of the widget, or `undefined`. */
  getCollection(widgetKey: string, collectionId: string): Promise<CollectionRecord | undefined>;

  /**
   * Up to `limit` articles of a collection written in `locale`, in display order, starting after `after`.
   */
  listArticles(query: {
    widgetKey: string;
    collectionId: string;
    locale: string;
    after?: ArticlePosition;
    limit: number;
  }): Promise<(ArticleSummaryRecord & ArticlePosition)[]>;

  /** One article of the widget with every translation, or `undefined`. */
  getArticle(widgetKey: string, articleId: string): Promise<ArticleRecord | undefined>;

  /**
   * Full-text search among the widget's articles written in exactly `locale`, best first.
   * @returns One page of hits (from `offset`, at most `limit`) and how many articles match in all.
   */
  searchPage(query: {
    widgetKey: string;
    locale: string;
    query: string;
    collectionId?: string;
    limit: number;
    offset: number;
  }): Promise<{ hits: ArticleSearchHit[]; total: number }>;

  /**
   * Search for the demo bot: the best `limit` articles for `query`, in `locale` when the widget has
   * articles in it (or a locale of the same language and script), else in the widget's default locale.
   * `snippet` is the part of the body around the matches (the start of the body when only the title
   * matched), `null` when the body has no text.
   */
  search(query: {
    widgetKey: string;
    locale: string;
    query: string;
    limit: number;
  }): Promise<{ hits: SuggestedArticle[] }>;

  /**
   * Titles of articles, for links (triggers, messages): in the order of `ids`, unknown ids skipped. Each
   * title is in `locale` (or a locale of the same language and script) when the article has it, else in
   * the widget's default locale, else in the article's first translation.
   */
  getArticleTitles(
    widgetKey: string,
    ids: readonly string[],
    locale: string,
  ): Promise<{ id: string; title: string }[]>;

  /**
   * The widget's articles written in `locale` that have at least one page pattern, in display order
   * (collection position, then article position), for page suggestions; the caller matches the patterns.
   */
  listArticlesWithPagePatterns(
    widgetKey: string,
    locale: string,
  ): Promise<(ArticleSummaryRecord & { pagePatterns: string[] })[]>;

  /** Records a vote, replacing the contact's earlier vote on the same article. */
  saveFeedback(feedback: ArticleFeedbackRecord): Promise<void>;

  /** The votes on an article, oldest first. */
  listFeedback(articleId: string): Promise<ArticleFeedbackRecord[]>;
}
