import type Database from 'better-sqlite3';
import type {
  ArticleFeedbackRecord,
  ArticleRecord,
  ArticleSummaryRecord,
  CollectionRecord,
} from './ArticleRecords';
import type { ArticleRepository } from './ArticleRepository';
import { pickLocale } from './pickLocale';
import { prepareArticleSeed } from './prepareArticleSeed';
import { articleSearchSqliteSchema } from './search/articleSearchSqliteSchema';
import { createSqliteSearchIndex } from './search/createSqliteSearchIndex';
import { toSuggestedArticles } from './toSuggestedArticles';

/**
 * The tables of the help centre plus the full-text index ({@link articleSearchSqliteSchema}), run by the
 * store's migrations. `kb_widget_locales` caches which locales each widget has articles in (rewritten by
 * every seed), so that choosing a locale costs one index lookup instead of a scan of every translation.
 * @internal
 */
export const knowledgeBaseSqliteSchema = `
  CREATE TABLE kb_collections (
    id          TEXT PRIMARY KEY,
    widget_key  TEXT NOT NULL,
    position    INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX kb_collections_widget ON kb_collections (widget_key, position, id);

  CREATE TABLE kb_collection_translations (
    collection_id TEXT NOT NULL REFERENCES kb_collections (id) ON DELETE CASCADE,
    locale        TEXT NOT NULL,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL,
    PRIMARY KEY (collection_id, locale)
  ) STRICT;

  CREATE TABLE kb_articles (
    id            TEXT PRIMARY KEY,
    widget_key    TEXT NOT NULL,
    collection_id TEXT NOT NULL REFERENCES kb_collections (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    page_patterns TEXT NOT NULL -- JSON array of strings
  ) STRICT;
  CREATE INDEX kb_articles_collection ON kb_articles (collection_id, position, id);
  CREATE INDEX kb_articles_widget ON kb_articles (widget_key);

  CREATE TABLE kb_article_translations (
    article_id  TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    locale      TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL, -- Markdown
    plain_text  TEXT NOT NULL,
    PRIMARY KEY (article_id, locale)
  ) STRICT;

  CREATE TABLE kb_widget_locales (
    widget_key  TEXT NOT NULL,
    locale      TEXT NOT NULL,
    PRIMARY KEY (widget_key, locale)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE kb_feedback (
    article_id  TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    contact_id  TEXT NOT NULL,
    locale      TEXT NOT NULL,
    helpful     INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    comment     TEXT,
    at          INTEGER NOT NULL,
    PRIMARY KEY (article_id, contact_id)
  ) STRICT;
  CREATE INDEX kb_feedback_contact ON kb_feedback (contact_id);
  ${articleSearchSqliteSchema}
`;

interface CollectionRow {
  id: string;
  widget_key: string;
  position: number;
}

interface TranslationRow {
  locale: string;
  title: string;
  description: string;
}

interface ArticleRow {
  id: string;
  widget_key: string;
  collection_id: string;
  position: number;
  updated_at: number;
  page_patterns: string;
}

interface ArticleTranslationRow {
  locale: string;
  title: string;
  body: string;
  plain_text: string;
}

interface SummaryRow {
  id: string;
  collection_id: string;
  position: number;
  updated_at: number;
  locale: string;
  title: string;
  plain_text: string;
}

interface FeedbackRow {
  article_id: string;
  contact_id: string;
  locale: string;
  helpful: number;
  comment: string | null;
  at: number;
}

const SUMMARY_COLUMNS = 'a.id, a.collection_id, a.position, a.updated_at, t.locale, t.title, t.plain_text';

function toSummary(row: SummaryRow): ArticleSummaryRecord {
  return {
    id: row.id,
    collectionId: row.collection_id,
    locale: row.locale,
    title: row.title,
    plainText: row.plain_text,
    updatedAt: row.updated_at,
  };
}

/** This domain's storage in SQLite. @internal */
export function createSqliteArticleRepository(db: Database.Database): ArticleRepository {
  const index = createSqliteSearchIndex(db);

  const selectCollection = db.prepare<[string], CollectionRow>(
    'SELECT id, widget_key, position FROM kb_collections WHERE id = ?',
  );
  const selectCollectionTranslations = db.prepare<[string], TranslationRow>(
    'SELECT locale, title, description FROM kb_collection_translations WHERE collection_id = ? ORDER BY rowid',
  );
  const selectCollections = db.prepare<[string, string, string], CollectionRow & { article_count: number }>(
    `SELECT c.id, c.widget_key, c.position,
       (SELECT count(*) FROM kb_articles a JOIN kb_article_translations t ON t.article_id = a.id AND t.locale = ?
        WHERE a.collection_id = c.id AND a.widget_key = ?) AS article_count
     FROM kb_collections c WHERE c.widget_key = ? ORDER BY c.position, c.id`,
  );
  const upsertCollection = db.prepare<[string, string, number]>(
    `INSERT INTO kb_collections (id, widget_key, position) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET widget_key = excluded.widget_key, position = excluded.position`,
  );
  const deleteCollectionTranslations = db.prepare<[string]>(
    'DELETE FROM kb_collection_translations WHERE collection_id = ?',
  );
  const insertCollectionTranslation = db.prepare<[string, string, string, string]>(
    'INSERT INTO kb_collection_translations (collection_id, locale, title, description) VALUES (?, ?, ?, ?)',
  );

  const selectArticle = db.prepare<[string], ArticleRow>(
    'SELECT id, widget_key, collection_id, position, updated_at, page_patterns FROM kb_articles WHERE id = ?',
  );
  const selectArticleTranslations = db.prepare<[string], ArticleTranslationRow>(
    'SELECT locale, title, body, plain_text FROM kb_article_translations WHERE article_id = ? ORDER BY rowid',
  );
  const selectArticleLocales = db
    .prepare<[string], string>('SELECT locale FROM kb_article_translations WHERE article_id = ?')
    .pluck();
  const selectArticleTitles = db.prepare<[string, string], { locale: string; title: string }>(
    `SELECT t.locale, t.title FROM kb_articles a JOIN kb_article_translations t ON t.article_id = a.id
     WHERE a.id = ? AND a.widget_key = ? ORDER BY t.rowid`,
  );
  const upsertArticle = db.prepare<[string, string, string, number, number, string]>(
    `INSERT INTO kb_articles (id, widget_key, collection_id, position, updated_at, page_patterns)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET widget_key = excluded.widget_key, collection_id = excluded.collection_id,
       position = excluded.position, updated_at = excluded.updated_at, page_patterns = excluded.page_patterns`,
  );
  const deleteArticleTranslations = db.prepare<[string]>(
    'DELETE FROM kb_article_translations WHERE article_id = ?',
  );
  const insertArticleTranslation = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO kb_article_translations (article_id, locale, title, body, plain_text) VALUES (?, ?, ?, ?, ?)',
  );
  const selectSummary = db.prepare<[string, string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM kb_articles a JOIN kb_article_translations t ON t.article_id = a.id
     WHERE a.id = ? AND t.locale = ?`,
  );
  const selectCollectionPage = db.prepare<
    [string, string, string, number, number, string, number],
    SummaryRow
  >(
    `SELECT ${SUMMARY_COLUMNS} FROM kb_articles a JOIN kb_article_translations t ON t.article_id = a.id
     WHERE a.collection_id = ? AND a.widget_key = ? AND t.locale = ?
       AND (a.position > ? OR (a.position = ? AND a.id > ?))
     ORDER BY a.position, a.id LIMIT ?`,
  );
  const selectWithPagePatterns = db.prepare<[string, string], SummaryRow & { page_patterns: string }>(
    `SELECT ${SUMMARY_COLUMNS}, a.page_patterns FROM kb_articles a
     JOIN kb_article_translations t ON t.article_id = a.id AND t.locale = ?
     JOIN kb_collections c ON c.id = a.collection_id
     WHERE a.widget_key = ? AND a.page_patterns <> '[]'
     ORDER BY c.position, c.id, a.position, a.id`,
  );

  const selectLocales = db
    .prepare<[string], string>('SELECT locale FROM kb_widget_locales WHERE widget_key = ? ORDER BY locale')
    .pluck();
  const deleteLocales = db.prepare<[string]>('DELETE FROM kb_widget_locales WHERE widget_key = ?');
  const insertLocales = db.prepare<[string]>(
    `INSERT INTO kb_widget_locales (widget_key, locale)
     SELECT DISTINCT a.widget_key, t.locale FROM kb_articles a JOIN kb_article_translations t ON t.article_id = a.id
     WHERE a.widget_key = ?`,
  );
  // The widgets table belongs to the store; it is written in the same transaction as the seed.
  const selectDefaultLocale = db
    .prepare<[string], string>('SELECT default_locale FROM widgets WHERE key = ?')
    .pluck();

  const upsertFeedback = db.prepare<[string, string, string, number, string | null, number]>(
    `INSERT INTO kb_feedback (article_id, contact_id, locale, helpful, comment, at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (article_id, contact_id) DO UPDATE SET locale = excluded.locale, helpful = excluded.helpful,
       comment = excluded.comment, at = excluded.at`,
  );
  const selectFeedback = db.prepare<[string], FeedbackRow>(
    `SELECT article_id, contact_id, locale, helpful, comment, at FROM kb_feedback WHERE article_id = ?
     ORDER BY at, contact_id`,
  );

  const readCollection = (row: CollectionRow): CollectionRecord => ({
    id: row.id,
    widgetKey: row.widget_key,
    position: row.position,
    translations: Object.fromEntries(
      selectCollectionTranslations
        .all(row.id)
        .map(({ locale, title, description }) => [locale, { title, description }]),
    ),
  });

  const repository: ArticleRepository = {
    // Synchronous statements only: the store runs this inside its transaction.
    async seed(content) {
      const prepared = prepareArticleSeed(content, (id) => {
        const row = selectCollection.get(id);
        return row === undefined ? undefined : { widgetKey: row.widget_key };
      });
      const widgets = new Set<string>();
      for (const collection of prepared.collections) {
        upsertCollection.run(collection.id, collection.widgetKey, collection.position);
        deleteCollectionTranslations.run(collection.id);
        for (const [locale, { title, description }] of Object.entries(collection.translations)) {
          insertCollectionTranslation.run(collection.id, locale, title, description);
        }
      }
      for (const article of prepared.articles) {
        const previous = selectArticle.get(article.id);
        if (previous !== undefined) widgets.add(previous.widget_key);
        widgets.add(article.widgetKey);
        for (const locale of selectArticleLocales.all(article.id)) {
          if (article.translations[locale] === undefined) index.remove(article.id, locale);
        }
        upsertArticle.run(
          article.id,
          article.widgetKey,
          article.collectionId,
          article.position,
          article.updatedAt,
          JSON.stringify(article.pagePatterns),
        );
        deleteArticleTranslations.run(article.id);
        for (const [locale, translation] of Object.entries(article.translations)) {
          insertArticleTranslation.run(
            article.id,
            locale,
            translation.title,
            translation.body,
            translation.plainText,
          );
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
      for (const widgetKey of widgets) {
        deleteLocales.run(widgetKey);
        insertLocales.run(widgetKey);
      }
    },

    async listLocales(widgetKey) {
      return selectLocales.all(widgetKey);
    },

    async listCollections(widgetKey, locale) {
      return selectCollections
        .all(locale, widgetKey, widgetKey)
        .map((row) => ({ ...readCollection(row), articleCount: row.article_count }));
    },

    async getCollection(widgetKey, collectionId) {
      const row = selectCollection.get(collectionId);
      return row?.widget_key === widgetKey ? readCollection(row) : undefined;
    },

    async listArticles({ widgetKey, collectionId, locale, after, limit }) {
      const position = after?.position ?? Number.MIN_SAFE_INTEGER;
      const id = after?.id ?? '';
      return selectCollectionPage
        .all(collectionId, widgetKey, locale, position, position, id, Math.max(0, limit))
        .map((row) => ({ ...toSummary(row), position: row.position }));
    },

    async getArticle(widgetKey, articleId) {
      const row = selectArticle.get(articleId);
      if (row?.widget_key !== widgetKey) return undefined;
      const article: ArticleRecord = {
        id: row.id,
        widgetKey: row.widget_key,
        collectionId: row.collection_id,
        position: row.position,
        updatedAt: row.updated_at,
        pagePatterns: JSON.parse(row.page_patterns) as string[],
        translations: Object.fromEntries(
          selectArticleTranslations
            .all(articleId)
            .map(({ locale, title, body, plain_text }) => [locale, { title, body, plainText: plain_text }]),
        ),
      };
      return article;
    },

    async searchPage(query) {
      const { hits, total } = index.search(query);
      return {
        hits: hits.flatMap(({ articleId, locale, score }) => {
          const row = selectSummary.get(articleId, locale);
          return row === undefined ? [] : [{ article: toSummary(row), score }];
        }),
        total,
      };
    },

    async search({ widgetKey, locale, query, limit }) {
      const chosen = pickLocale(locale, selectLocales.all(widgetKey), selectDefaultLocale.get(widgetKey));
      if (chosen === undefined) return { hits: [] };
      const { hits } = await repository.searchPage({ widgetKey, locale: chosen, query, limit, offset: 0 });
      return { hits: toSuggestedArticles(hits, query) };
    },

    async getArticleTitles(widgetKey, ids, locale) {
      const fallback = selectDefaultLocale.get(widgetKey);
      return ids.flatMap((id) => {
        const titles = selectArticleTitles.all(id, widgetKey);
        const chosen = pickLocale(
          locale,
          titles.map((row) => row.locale),
          fallback,
        );
        const title = titles.find((row) => row.locale === chosen)?.title;
        return title === undefined ? [] : [{ id, title }];
      });
    },

    async listArticlesWithPagePatterns(widgetKey, locale) {
      return selectWithPagePatterns.all(locale, widgetKey).map((row) => ({
        ...toSummary(row),
        pagePatterns: JSON.parse(row.page_patterns) as string[],
      }));
    },

    async saveFeedback(vote) {
      upsertFeedback.run(
        vote.articleId,
        vote.contactId,
        vote.locale,
        vote.helpful ? 1 : 0,
        vote.comment,
        vote.at,
      );
    },

    async listFeedback(articleId) {
      return selectFeedback.all(articleId).map(
        (row): ArticleFeedbackRecord => ({
          articleId: row.article_id,
          contactId: row.contact_id,
          locale: row.locale,
          helpful: row.helpful === 1,
          comment: row.comment,
          at: row.at,
        }),
      );
    },
  };
  return repository;
}
