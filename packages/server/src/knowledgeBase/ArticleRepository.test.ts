import { afterEach, describe, expect, it } from 'vitest';
import { demoContent } from '../seed/demoContent';
import { lumenArticles, lumenCollections } from '../seed/lumenHelpCentre';
import type { SeedArticle, SeedContent } from '../seed/SeedContent';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
import { storeKinds } from '../testing/createTestEngine';

const content: SeedContent = {
  widgets: demoContent.widgets,
  collections: lumenCollections,
  articles: lumenArticles,
};

function open(kind: (typeof storeKinds)[number], seed: SeedContent): Store {
  return kind === 'memory' ? createMemoryStore({ seed }) : openSqliteStore({ filename: ':memory:', seed });
}

function article(id: string, translations: SeedArticle['translations']): SeedArticle {
  return {
    id,
    collectionId: 'col_getting_started',
    updatedAt: '2026-10-01T00:00:00.000Z',
    pagePatterns: [],
    translations,
  };
}

describe.each(storeKinds)('ArticleRepository on %s storage', (kind) => {
  let store: Store;
  afterEach(() => store.close());

  describe('getArticleTitles', () => {
    it('keeps the order asked for, skips unknown ids and falls back to other locales', async () => {
      store = open(kind, {
        ...content,
        articles: [
          ...lumenArticles,
          article('art_only_chinese', { 'zh-Hans': { title: '仅中文', body: '正文' } }),
        ],
      });
      const titles = await store.articles.getArticleTitles(
        'wk_demo',
        ['art_invoices', 'art_nope', 'art_reset_password', 'art_only_chinese'],
        'zh-Hant',
      );
      expect(titles).toEqual([
        {
          id: 'art_invoices',
          title: lumenArticles.find((a) => a.id === 'art_invoices')!.translations['zh-Hant']!.title,
        },
        { id: 'art_reset_password', title: '重設密碼' },
        { id: 'art_only_chinese', title: '仅中文' },
      ]);
      expect(await store.articles.getArticleTitles('wk_demo', ['art_reset_password'], 'zh-TW')).toEqual([
        { id: 'art_reset_password', title: '重設密碼' },
      ]);
      expect(await store.articles.getArticleTitles('wk_demo', ['art_reset_password'], 'fr')).toEqual([
        { id: 'art_reset_password', title: 'Reset your password' },
      ]);
      // Another widget does not see these articles.
      expect(await store.articles.getArticleTitles('wk_verified', ['art_reset_password'], 'en')).toEqual([]);
    });
  });

  describe('search (the demo bot’s)', () => {
    it('finds the best articles with a snippet around the match, in the closest locale', async () => {
      store = open(kind, content);
      const english = await store.articles.search({
        widgetKey: 'wk_demo',
        locale: 'en-GB',
        query: 'refund',
        limit: 3,
      });
      expect(english.hits[0]).toMatchObject({ articleId: 'art_request_refund' });
      expect(english.hits.length).toBeLessThanOrEqual(3);
      expect(english.hits[0]!.snippet?.toLowerCase()).toContain('refund');

      const chinese = await store.articles.search({
        widgetKey: 'wk_demo',
        locale: 'zh-TW',
        query: '退款',
        limit: 3,
      });
      expect(chinese.hits.length).toBeGreaterThan(0);
      for (const hit of chinese.hits) expect(`${hit.title}${hit.snippet}`).toContain('退款');

      const french = await store.articles.search({
        widgetKey: 'wk_demo',
        locale: 'fr',
        query: 'reset password',
        limit: 3,
      });
      expect(french.hits[0]).toMatchObject({ articleId: 'art_reset_password', title: 'Reset your password' });
      expect(
        await store.articles.search({ widgetKey: 'wk_nope', locale: 'en', query: 'password', limit: 3 }),
      ).toEqual({
        hits: [],
      });
    });
  });

  describe('seed', () => {
    it('replaces an article’s translations and re-indexes it, keeping its feedback', async () => {
      store = open(kind, content);
      await store.articles.saveFeedback({
        articleId: 'art_invoices',
        locale: 'en',
        contactId: 'ctc_test',
        helpful: true,
        comment: null,
        at: 1,
      });
      await store.seed({
        widgets: demoContent.widgets,
        articles: [
          {
            ...lumenArticles.find((a) => a.id === 'art_invoices')!,
            translations: {
              en: { title: 'Receipts for your accountant', body: 'Download a **PDF** receipt.' },
            },
          },
        ],
      });
      const found = await store.articles.searchPage({
        widgetKey: 'wk_demo',
        locale: 'en',
        query: 'accountant',
        limit: 10,
        offset: 0,
      });
      expect(found.hits.map((hit) => hit.article)).toMatchObject([
        { id: 'art_invoices', title: 'Receipts for your accountant', plainText: 'Download a PDF receipt.' },
      ]);
      const gone = await store.articles.searchPage({
        widgetKey: 'wk_demo',
        locale: 'zh-Hans',
        query: '发票',
        limit: 50,
        offset: 0,
      });
      expect(gone.hits.map((hit) => hit.article.id)).not.toContain('art_invoices');
      expect((await store.articles.getArticle('wk_demo', 'art_invoices'))?.translations).toEqual({
        en: {
          title: 'Receipts for your accountant',
          body: 'Download a **PDF** receipt.',
          plainText: 'Download a PDF receipt.',
        },
      });
      expect(await store.articles.listFeedback('art_invoices')).toHaveLength(1);
    });

    it('refuses an article in an unknown collection, writing nothing', async () => {
      store = open(kind, content);
      await expect(
        store.seed({
          widgets: demoContent.widgets,
          articles: [
            { ...article('art_new', { en: { title: 'New', body: 'Text' } }), collectionId: 'col_nope' },
          ],
        }),
      ).rejects.toThrow(TypeError);
      expect(await store.articles.getArticle('wk_demo', 'art_new')).toBeUndefined();
    });

    it('lists the locales a widget has articles in', async () => {
      store = open(kind, content);
      expect(await store.articles.listLocales('wk_demo')).toEqual(['en', 'zh-Hans', 'zh-Hant']);
      expect(await store.articles.listLocales('wk_verified')).toEqual([]);
    });
  });
});
