import type {
  ArticleFeedbackRecord,
  ArticlePosition,
  ArticleRecord,
  ArticleSummaryRecord,
  CollectionRecord,
} from './ArticleRecords';
import type { ArticleRepository } from './ArticleRepository';
import { pickLocale } from './pickLocale';
import { prepareArticleSeed } from './prepareArticleSeed';
import { createMemorySearchIndex } from './search/createMemorySearchIndex';
import { toSuggestedArticles } from './toSuggestedArticles';

function summaryOf(article: ArticleRecord, locale: string): ArticleSummaryRecord {
  const translation = article.translations[locale]!;
  return {
    id: article.id,
    collectionId: article.collectionId,
    locale,
    title: translation.title,
    plainText: translation.plainText,
    updatedAt: article.updatedAt,
  };
}

/** Orders like SQLite's `ORDER BY position, id` (ids compare by code unit, as ASCII ids do in SQLite). */
function byPosition(a: { position: number; id: string }, b: { position: number; id: string }): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function isAfter(article: ArticlePosition, after: ArticlePosition | undefined): boolean {
  return after === undefined || byPosition(article, after) > 0;
}

/** This domain's storage in plain objects; runs in browsers. @internal */
export function createMemoryArticleRepository(): ArticleRepository {
  const collections = new Map<string, CollectionRecord>();
  const articles = new Map<string, ArticleRecord>();
  const feedback = new Map<string, ArticleFeedbackRecord>();
  const defaultLocales = new Map<string, string>();
  const index = createMemorySearchIndex();

  const articlesOf = (widgetKey: string): ArticleRecord[] =>
    [...articles.values()].filter((article) => article.widgetKey === widgetKey);

  const localesOf = (widgetKey: string): string[] => {
    const locales = new Set<string>();
    for (const article of articlesOf(widgetKey))
      for (const locale in article.translations) locales.add(locale);
    return [...locales].sort();
  };

  /** Collection position, then article position: the order lists and page suggestions use. */
  const byDisplayOrder = (a: ArticleRecord, b: ArticleRecord): number => {
    const ca = collections.get(a.collectionId);
    const cb = collections.get(b.collectionId);
    return (
      (ca === undefined || cb === undefined ? 0 : byPosition(ca, cb)) ||
      (a.collectionId < b.collectionId ? -1 : a.collectionId > b.collectionId ? 1 : 0) ||
      byPosition(a, b)
    );
  };

  const repository: ArticleRepository = {
    async seed(content) {
      const prepared = prepareArticleSeed(content, (id) => collections.get(id));
      for (const widget of content.widgets) defaultLocales.set(widget.key, widget.defaultLocale);
      for (const collection of prepared.collections) collections.set(collection.id, collection);
      for (const article of prepared.articles) {
        const previous = articles.get(article.id);
        for (const locale in previous?.translations) {
          if (article.translations[locale] === undefined) index.remove(article.id, locale);
        }
        articles.set(article.id, article);
        for (const [locale, translation] of Object.entries(article.translations)) {
          index.upsert({
            widgetKey: article.widgetKey,
            articleId: article.id,
            locale,
            collectionId: article.collectionId,
            title: translation.title,
            body: translation.plainText,
          });
        }
      }
    },

    async listLocales(widgetKey) {
      return localesOf(widgetKey);
    },

    async listCollections(widgetKey, locale) {
      const counts = new Map<string, number>();
      for (const article of articlesOf(widgetKey)) {
        if (article.translations[locale] !== undefined) {
          counts.set(article.collectionId, (counts.get(article.collectionId) ?? 0) + 1);
        }
      }
      return [...collections.values()]
        .filter((collection) => collection.widgetKey === widgetKey)
        .sort(byPosition)
        .map((collection) => ({
          ...structuredClone(collection),
          articleCount: counts.get(collection.id) ?? 0,
        }));
    },

    async getCollection(widgetKey, collectionId) {
      const collection = collections.get(collectionId);
      return collection?.widgetKey === widgetKey ? structuredClone(collection) : undefined;
    },

    async listArticles({ widgetKey, collectionId, locale, after, limit }) {
      return articlesOf(widgetKey)
        .filter(
          (article) =>
            article.collectionId === collectionId &&
            article.translations[locale] !== undefined &&
            isAfter(article, after),
        )
        .sort(byPosition)
        .slice(0, Math.max(0, limit))
        .map((article) => ({ ...summaryOf(article, locale), position: article.position }));
    },

    async getArticle(widgetKey, articleId) {
      const article = articles.get(articleId);
      return article?.widgetKey === widgetKey ? structuredClone(article) : undefined;
    },

    async searchPage(query) {
      const { hits, total } = index.search(query);
      return {
        hits: hits.flatMap(({ articleId, locale, score }) => {
          const article = articles.get(articleId);
          return article?.translations[locale] === undefined
            ? []
            : [{ article: summaryOf(article, locale), score }];
        }),
        total,
      };
    },

    async search({ widgetKey, locale, query, limit }) {
      const chosen = pickLocale(locale, localesOf(widgetKey), defaultLocales.get(widgetKey));
      if (chosen === undefined) return { hits: [] };
      const { hits } = await repository.searchPage({ widgetKey, locale: chosen, query, limit, offset: 0 });
      return { hits: toSuggestedArticles(hits, query) };
    },

    async getArticleTitles(widgetKey, ids, locale) {
      return ids.flatMap((id) => {
        const article = articles.get(id);
        if (article?.widgetKey !== widgetKey) return [];
        const chosen = pickLocale(locale, Object.keys(article.translations), defaultLocales.get(widgetKey));
        const translation = chosen === undefined ? undefined : article.translations[chosen];
        return translation === undefined ? [] : [{ id, title: translation.title }];
      });
    },

    async listArticlesWithPagePatterns(widgetKey, locale) {
      return articlesOf(widgetKey)
        .filter((article) => article.pagePatterns.length > 0 && article.translations[locale] !== undefined)
        .sort(byDisplayOrder)
        .map((article) => ({ ...summaryOf(article, locale), pagePatterns: [...article.pagePatterns] }));
    },

    async saveFeedback(vote) {
      const key = `${vote.articleId}\u0000${vote.contactId}`;
      feedback.delete(key);
      feedback.set(key, { ...vote });
    },

    async listFeedback(articleId) {
      return [...feedback.values()]
        .filter((vote) => vote.articleId === articleId)
        .sort((a, b) => a.at - b.at || (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0))
        .map((vote) => ({ ...vote }));
    },
  };
  return repository;
}
