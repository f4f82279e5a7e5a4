import {
  Article,
  ArticleSummaryPage,
  CollectionList,
  Problem,
  SearchResponse,
  type SearchResponse as SearchResponseBody,
  SuggestResponse,
} from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { demoContent } from '../seed/demoContent';
import { lumenArticles, lumenCollections } from '../seed/lumenHelpCentre';
import type { SeedArticle, SeedCollection, SeedContent } from '../seed/SeedContent';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';
import type { Widget } from '../widgetConfig/Widget';

const japaneseWidget: Widget = {
  key: 'wk_ja',
  brand: { name: 'Kumo', color: '#0b7285' },
  defaultLocale: 'ja',
  allowedOrigins: ['https://kumo.example'],
  translations: [{ locale: 'ja', greeting: { title: 'こんにちは', message: 'ご用件をどうぞ。' } }],
};

const japaneseCollection: SeedCollection = {
  id: 'col_ja_account',
  widgetKey: 'wk_ja',
  position: 0,
  translations: { ja: { title: 'アカウント', description: 'ログインとパスワード。' } },
};

function japaneseArticle(id: string, title: string, body: string): SeedArticle {
  return {
    id,
    collectionId: 'col_ja_account',
    updatedAt: '2026-10-01T09:00:00.000Z',
    pagePatterns: [],
    translations: { ja: { title, body } },
  };
}

const japaneseArticles: readonly SeedArticle[] = [
  japaneseArticle(
    'art_ja_reset',
    'パスワードを再設定する',
    'ログイン画面で「パスワードをお忘れですか？」を押し、届いたメールのリンクを開いてください。',
  ),
  japaneseArticle(
    'art_ja_passport',
    '本人確認',
    'パスポートまたは運転免許証の写真をアップロードしてください。',
  ),
  japaneseArticle('art_ja_login', 'ログインできない', 'メールアドレスが正しいか確認してください。'),
];

/** An article written only in English, for locale fallback. */
const englishOnly: SeedArticle = {
  id: 'art_keyboard_shortcuts',
  collectionId: 'col_getting_started',
  updatedAt: '2026-10-20T12:00:00.000Z',
  pagePatterns: [],
  translations: {
    en: {
      title: 'Keyboard shortcuts',
      body: 'Press **Ctrl+K** to search your notes and **Ctrl+N** for a new note.',
    },
  },
};

const seededArticles: readonly SeedArticle[] = [...lumenArticles, englishOnly];

const content: SeedContent = {
  ...demoContent,
  widgets: [...demoContent.widgets, japaneseWidget],
  collections: [...lumenCollections, japaneseCollection],
  articles: [...seededArticles, ...japaneseArticles],
};

/** The ids of the seeded demo articles whose title or body, in `locale`, contains `text`. */
function articlesContaining(text: string, locale: string, collectionId?: string): string[] {
  return seededArticles
    .filter((article) => collectionId === undefined || article.collectionId === collectionId)
    .filter((article) => {
      const translation = article.translations[locale];
      return translation !== undefined && `${translation.title}\n${translation.body}`.includes(text);
    })
    .map((article) => article.id)
    .sort();
}

function qs(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, value);
  return search.toString();
}

describe.each(storeKinds)('knowledge base on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function start(): Promise<TestEngine> {
    engine = await createTestEngine(kind, { seed: content });
    return engine;
  }

  async function getJson(path: string, status = 200): Promise<unknown> {
    const response = await engine.request('GET', path);
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(status);
    if (status >= 400) expectContract(Problem, body);
    return body;
  }

  async function search(params: Record<string, string | undefined>): Promise<SearchResponseBody> {
    const body = (await getJson(
      `/v1/kb/search?${qs({ widgetKey: 'wk_demo', ...params })}`,
    )) as SearchResponseBody;
    expectContract(SearchResponse, body);
    return body;
  }

  /** Every hit of a search, following `nextCursor` page by page. */
  async function searchAll(params: Record<string, string | undefined>) {
    const hits: SearchResponseBody['data'] = [];
    let cursor: string | undefined;
    let total: number | undefined;
    for (let page = 0; page < 100; page++) {
      const body = await search({ ...params, cursor });
      total ??= body.total;
      expect(body.total).toBe(total);
      hits.push(...body.data);
      if (body.nextCursor === null) break;
      cursor = body.nextCursor;
    }
    return { hits, total: total ?? 0 };
  }

  describe('GET /v1/kb/collections', () => {
    it('lists the collections by position, in the requested locale, with their article counts in it', async () => {
      await start();
      const body = (await getJson('/v1/kb/collections?widgetKey=wk_demo&locale=zh-Hant')) as CollectionList;
      expectContract(CollectionList, body);
      expect(body.data.map((collection) => collection.id)).toEqual(lumenCollections.map((c) => c.id));
      expect(body.data[0]).toMatchObject({ title: '新手入門', locale: 'zh-Hant' });
      for (const collection of body.data) {
        const count = lumenArticles.filter((article) => article.collectionId === collection.id).length;
        expect(collection.articleCount, collection.id).toBe(count);
      }

      // The English-only article counts in English only.
      const english = (await getJson('/v1/kb/collections?widgetKey=wk_demo&locale=en')) as CollectionList;
      expect(english.data[0]).toMatchObject({ title: 'Getting started', locale: 'en' });
      expect(english.data[0]!.articleCount).toBe(body.data[0]!.articleCount + 1);
    });

    it('answers a region or an unknown locale with the closest locale, else the widget default', async () => {
      await start();
      const taiwan = (await getJson('/v1/kb/collections?widgetKey=wk_demo&locale=zh-TW')) as CollectionList;
      expect(taiwan.data[0]).toMatchObject({ locale: 'zh-Hant', title: '新手入門' });
      const french = (await getJson('/v1/kb/collections?widgetKey=wk_demo&locale=fr')) as CollectionList;
      expect(french.data[0]).toMatchObject({ locale: 'en', title: 'Getting started' });
    });

    it('needs a known widget key', async () => {
      await start();
      expect(await getJson('/v1/kb/collections', 400)).toMatchObject({ code: 'invalid_request' });
      expect(await getJson('/v1/kb/collections?widgetKey=wk_nope', 404)).toMatchObject({
        code: 'widget_not_found',
      });
    });

    it('lets only the widget’s allowed origins read the answer', async () => {
      await start();
      const allowed = await engine.request('GET', '/v1/kb/collections?widgetKey=wk_ja', {
        headers: { Origin: 'https://kumo.example' },
      });
      expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://kumo.example');
      const refused = await engine.request('GET', '/v1/kb/collections?widgetKey=wk_ja', {
        headers: { Origin: 'https://evil.example' },
      });
      expect(refused.status).toBe(200);
      expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });
  });

  describe('GET /v1/kb/collections/{id}/articles', () => {
    it('pages through a collection in seed order with an opaque cursor', async () => {
      await start();
      const expected = seededArticles
        .filter((article) => article.collectionId === 'col_getting_started')
        .map((article) => article.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const body = (await getJson(
          `/v1/kb/collections/col_getting_started/articles?${qs({ widgetKey: 'wk_demo', locale: 'en', limit: '3', cursor })}`,
        )) as ArticleSummaryPage;
        expectContract(ArticleSummaryPage, body);
        expect(body.data.length).toBeLessThanOrEqual(3);
        seen.push(...body.data.map((article) => article.id));
        if (body.nextCursor === null) break;
        cursor = body.nextCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('shows summaries in the chosen locale, leaving out articles not written in it', async () => {
      await start();
      const body = (await getJson(
        '/v1/kb/collections/col_getting_started/articles?widgetKey=wk_demo&locale=zh-Hans&limit=50',
      )) as ArticleSummaryPage;
      const expected = lumenArticles.filter((article) => article.collectionId === 'col_getting_started');
      expect(body.data.map((article) => article.id)).toEqual(expected.map((article) => article.id));
      expect(body.nextCursor).toBeNull();
      const first = body.data[0]!;
      expect(first).toMatchObject({ locale: 'zh-Hans', title: expected[0]!.translations['zh-Hans']!.title });
      expect(first.excerpt.length).toBeLessThanOrEqual(200);
      expect(first.excerpt).not.toMatch(/[#*`[\]]/);
      expect(first.updatedAt).toBe(expected[0]!.updatedAt);
    });

    it('refuses unknown collections, bad limits and cursors', async () => {
      await start();
      const base = '/v1/kb/collections/col_getting_started/articles?widgetKey=wk_demo';
      expect(await getJson('/v1/kb/collections/col_nope/articles?widgetKey=wk_demo', 404)).toMatchObject({
        code: 'collection_not_found',
      });
      // Another widget's collection is unknown here.
      expect(
        await getJson('/v1/kb/collections/col_ja_account/articles?widgetKey=wk_demo', 404),
      ).toMatchObject({
        code: 'collection_not_found',
      });
      for (const limit of ['0', '51', 'ten', '-1', '2.5']) {
        expect(await getJson(`${base}&limit=${limit}`, 400)).toMatchObject({ code: 'invalid_request' });
      }
      expect(await getJson(`${base}&cursor=not-a-cursor`, 400)).toMatchObject({ code: 'invalid_cursor' });
      const other = (await getJson(
        '/v1/kb/collections/col_billing_plans/articles?widgetKey=wk_demo&limit=1',
      )) as ArticleSummaryPage;
      expect(await getJson(`${base}&cursor=${other.nextCursor}`, 400)).toMatchObject({
        code: 'invalid_cursor',
      });
    });
  });

  describe('GET /v1/kb/articles/{id}', () => {
    it('returns the article in the requested locale with its Markdown body and every locale it has', async () => {
      await start();
      const body = (await getJson(
        '/v1/kb/articles/art_reset_password?widgetKey=wk_demo&locale=zh-Hant',
      )) as Article;
      expectContract(Article, body);
      const seed = lumenArticles.find((article) => article.id === 'art_reset_password')!;
      expect(body).toEqual({
        id: 'art_reset_password',
        collectionId: 'col_account_security',
        locale: 'zh-Hant',
        availableLocales: ['en', 'zh-Hans', 'zh-Hant'],
        title: seed.translations['zh-Hant']!.title,
        body: seed.translations['zh-Hant']!.body,
        updatedAt: seed.updatedAt,
      });
    });

    it('falls back to the widget default when the article is not written in the requested locale', async () => {
      await start();
      const body = (await getJson(
        '/v1/kb/articles/art_keyboard_shortcuts?widgetKey=wk_demo&locale=zh-Hant',
      )) as Article;
      expect(body).toMatchObject({ locale: 'en', availableLocales: ['en'], title: 'Keyboard shortcuts' });
      const region = (await getJson(
        '/v1/kb/articles/art_two_factor?widgetKey=wk_demo&locale=zh-HK',
      )) as Article;
      expect(region.locale).toBe('zh-Hant');
    });

    it('sends an ETag and answers 304 to If-None-Match', async () => {
      await start();
      const path = '/v1/kb/articles/art_invoices?widgetKey=wk_demo&locale=en';
      const first = await engine.request('GET', path);
      const etag = first.headers.get('ETag');
      expect(etag).toMatch(/^"[0-9a-f]+"$/);
      const head = await engine.request('HEAD', path);
      expect(head.status).toBe(200);
      expect(head.headers.get('ETag')).toBe(etag);
      const again = await engine.request('GET', path, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const otherLocale = await engine.request(
        'GET',
        '/v1/kb/articles/art_invoices?widgetKey=wk_demo&locale=zh-Hans',
        {
          headers: { 'If-None-Match': etag! },
        },
      );
      expect(otherLocale.status).toBe(200);
      expect(otherLocale.headers.get('ETag')).not.toBe(etag);
    });

    it('answers 404 article_not_found for unknown ids and other widgets’ articles', async () => {
      await start();
      expect(await getJson('/v1/kb/articles/art_nope?widgetKey=wk_demo', 404)).toMatchObject({
        code: 'article_not_found',
      });
      expect(await getJson('/v1/kb/articles/art_ja_reset?widgetKey=wk_demo', 404)).toMatchObject({
        code: 'article_not_found',
      });
    });

    it('accepts a session token without needing one', async () => {
      await start();
      const session = await engine.startSession();
      const response = await engine.request('GET', '/v1/kb/articles/art_invoices?widgetKey=wk_demo', {
        token: session.token,
      });
      expect(response.status).toBe(200);
      const stale = await engine.request('GET', '/v1/kb/articles/art_invoices?widgetKey=wk_demo', {
        token: 'not-a-session',
      });
      expect(stale.status).toBe(200);
    });
  });

  describe('GET /v1/kb/search', () => {
    it.each([
      ['密碼', 'zh-Hant'],
      ['退款', 'zh-Hant'],
      ['退款', 'zh-Hans'],
    ])('finds exactly the articles whose title or body contains %s (%s)', async (q, locale) => {
      await start();
      const expected = articlesContaining(q, locale);
      expect(expected.length).toBeGreaterThan(1);
      const { hits, total } = await searchAll({ q, locale, limit: '4' });
      expect(hits.map((hit) => hit.article.id).sort()).toEqual(expected);
      expect(total).toBe(expected.length);
      for (const hit of hits) {
        expect(hit.article.locale).toBe(locale);
        for (const { start, end } of hit.titleHighlights) expect(hit.article.title.slice(start, end)).toBe(q);
        for (const { start, end } of hit.snippet.highlights)
          expect(hit.snippet.text.slice(start, end)).toBe(q);
        const inTitle = hit.article.title.includes(q);
        expect(hit.titleHighlights.length > 0).toBe(inTitle);
        if (!inTitle) expect(hit.snippet.highlights.length).toBeGreaterThan(0);
      }
    });

    it('answers a question written the way people write by its topic words, on one page', async () => {
      await start();
      const body = await search({ widgetKey: 'wk_demo', q: 'how do I export my notes?', locale: 'en' });
      expect(body.data.map((hit) => hit.article.id)).toContain('art_export_notes');
      expect(body.total).toBe(body.data.length);
      expect(body.nextCursor).toBeNull();
      const exported = body.data.find((hit) => hit.article.id === 'art_export_notes')!;
      const titleWords = exported.titleHighlights.map(({ start, end }) =>
        exported.article.title.slice(start, end),
      );
      expect(titleWords.map((word) => word.toLowerCase())).toContain('export');
      // Small talk still finds nothing.
      expect((await search({ widgetKey: 'wk_demo', q: 'hi, can you help me?', locale: 'en' })).total).toBe(0);
    });

    it('finds Japanese katakana without spaces (パス)', async () => {
      await start();
      const body = await search({ widgetKey: 'wk_ja', q: 'パス', locale: 'ja' });
      expect(body.data.map((hit) => hit.article.id).sort()).toEqual(['art_ja_passport', 'art_ja_reset']);
      const reset = body.data.find((hit) => hit.article.id === 'art_ja_reset')!;
      expect(reset.titleHighlights.map(({ start, end }) => reset.article.title.slice(start, end))).toEqual([
        'パス',
      ]);
    });

    it('finds English words in any order and form, the best match first', async () => {
      await start();
      const body = await search({ q: 'reset password', locale: 'en' });
      expect(body.data[0]?.article.id).toBe('art_reset_password');
      const first = body.data[0]!;
      expect(first.titleHighlights.map(({ start, end }) => first.article.title.slice(start, end))).toEqual([
        'Reset',
        'password',
      ]);
      for (const hit of body.data) {
        const article = seededArticles.find((item) => item.id === hit.article.id)!;
        const text = `${article.translations.en!.title} ${article.translations.en!.body}`.toLowerCase();
        expect(text, hit.article.id).toContain('reset');
        expect(text, hit.article.id).toContain('password');
      }
    });

    it('matches the word being typed as a prefix (pass → password)', async () => {
      await start();
      const body = await search({ q: 'pass', locale: 'en', limit: '50' });
      const ids = body.data.map((hit) => hit.article.id);
      expect(ids).toContain('art_reset_password');
      expect(ids).toContain('art_change_password');
      for (const hit of body.data) {
        for (const { start, end } of hit.titleHighlights) {
          expect(hit.article.title.slice(start, end).toLowerCase().startsWith('pass')).toBe(true);
        }
        for (const { start, end } of hit.snippet.highlights) {
          expect(hit.snippet.text.slice(start, end).toLowerCase().startsWith('pass')).toBe(true);
        }
      }
    });

    it('pages with a cursor: the pages add up to total, without repeats, in one order', async () => {
      await start();
      const all = await search({ q: 'Lumen', locale: 'en', limit: '50' });
      expect(all.total).toBeGreaterThan(10);
      const paged = await searchAll({ q: 'Lumen', locale: 'en', limit: '4' });
      expect(paged.total).toBe(all.total);
      expect(paged.hits.map((hit) => hit.article.id)).toEqual(
        all.data.map((hit) => hit.article.id).slice(0, paged.hits.length),
      );
      expect(new Set(paged.hits.map((hit) => hit.article.id)).size).toBe(
        Math.min(all.total, paged.hits.length),
      );
      expect(paged.hits.length).toBe(all.total);
      const defaultLimit = await search({ q: 'Lumen', locale: 'en' });
      expect(defaultLimit.data).toHaveLength(10);
    });

    it('filters by collection', async () => {
      await start();
      const { hits, total } = await searchAll({
        q: '密碼',
        locale: 'zh-Hant',
        collectionId: 'col_account_security',
      });
      const expected = articlesContaining('密碼', 'zh-Hant', 'col_account_security');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(articlesContaining('密碼', 'zh-Hant').length);
      expect(hits.map((hit) => hit.article.id).sort()).toEqual(expected);
      expect(total).toBe(expected.length);
      expect(
        await getJson('/v1/kb/search?widgetKey=wk_demo&q=x&collectionId=col_ja_account', 404),
      ).toMatchObject({ code: 'collection_not_found' });
    });

    it('searches the closest locale the help centre has, else the widget default', async () => {
      await start();
      const taiwan = await search({ q: '密碼', locale: 'zh-TW' });
      expect(taiwan.data[0]?.article.locale).toBe('zh-Hant');
      const french = await search({ q: 'password', locale: 'fr' });
      expect(french.data[0]?.article.locale).toBe('en');
    });

    it('reports the time the server spent in a Server-Timing header', async () => {
      await start();
      const response = await engine.request('GET', '/v1/kb/search?widgetKey=wk_demo&q=sync');
      expect(response.headers.get('Server-Timing')).toMatch(/^app;dur=\d+(\.\d+)?$/);
    });

    it.each([
      '"',
      '*',
      'NEAR(',
      'pass*',
      '"reset',
      'a OR b',
      '-sync',
      "'",
      '\\',
      '()',
      '^x:y',
      '%',
      '🙂',
      ' ',
      'NOT',
    ])('treats %j as text, never as syntax', async (q) => {
      await start();
      const body = await search({ q });
      expect(body.total).toBeGreaterThanOrEqual(body.data.length);
    });

    it('refuses a missing or long q, bad limits and foreign cursors', async () => {
      await start();
      const base = '/v1/kb/search?widgetKey=wk_demo';
      expect(await getJson(base, 400)).toMatchObject({ code: 'invalid_request' });
      expect(await getJson(`${base}&q=`, 400)).toMatchObject({ code: 'invalid_request' });
      expect(await getJson(`${base}&q=${'a'.repeat(201)}`, 400)).toMatchObject({ code: 'invalid_request' });
      expect(await search({ q: '密'.repeat(200) })).toMatchObject({ total: 0 });
      for (const limit of ['0', '51', 'x']) {
        expect(await getJson(`${base}&q=sync&limit=${limit}`, 400)).toMatchObject({
          code: 'invalid_request',
        });
      }
      expect(await getJson(`${base}&q=sync&cursor=%2F%2F`, 400)).toMatchObject({ code: 'invalid_cursor' });
      const page = await search({ q: 'Lumen', locale: 'en', limit: '1' });
      expect(page.nextCursor).not.toBeNull();
      expect(await getJson(`${base}&q=notes&locale=en&cursor=${page.nextCursor}`, 400)).toMatchObject({
        code: 'invalid_cursor',
      });
      expect(await getJson('/v1/kb/search?widgetKey=wk_nope&q=x', 404)).toMatchObject({
        code: 'widget_not_found',
      });
    });
  });

  describe('GET /v1/kb/suggest', () => {
    it('suggests the articles made for a page, the most relevant first and nothing else', async () => {
      await start();
      const pricing = (await getJson(
        '/v1/kb/suggest?widgetKey=wk_demo&locale=en&pageUrl=%2Fpricing',
      )) as SuggestResponse;
      expectContract(SuggestResponse, pricing);
      expect(pricing.data.map((article) => article.id).sort()).toEqual([
        'art_compare_plans',
        'art_upgrade_plus',
      ]);

      const invoices = (await getJson(
        `/v1/kb/suggest?${qs({ widgetKey: 'wk_demo', locale: 'zh-Hant', pageUrl: 'https://lumen.example/billing/invoices?from=email' })}`,
      )) as SuggestResponse;
      expectContract(SuggestResponse, invoices);
      const billing = lumenArticles.filter((article) => article.pagePatterns.includes('/billing/*'));
      expect(billing.length).toBe(5);
      expect(invoices.data.map((article) => article.id).sort()).toEqual(
        billing.map((article) => article.id).sort(),
      );
      expect(invoices.data[0]).toMatchObject({ id: 'art_invoices', locale: 'zh-Hant' });

      const nothing = (await getJson(
        '/v1/kb/suggest?widgetKey=wk_demo&pageUrl=%2Fpricing-old',
      )) as SuggestResponse;
      expect(nothing.data).toEqual([]);
      const home = (await getJson('/v1/kb/suggest?widgetKey=wk_demo&pageUrl=%2F')) as SuggestResponse;
      expect(home.data).toEqual([]);
    });

    it('suggests the five best search hits for text being typed', async () => {
      await start();
      const body = (await getJson('/v1/kb/suggest?widgetKey=wk_demo&locale=en&q=refund')) as SuggestResponse;
      expectContract(SuggestResponse, body);
      expect(body.data[0]?.id).toBe('art_request_refund');
      expect(body.data.length).toBeLessThanOrEqual(5);
      const many = (await getJson('/v1/kb/suggest?widgetKey=wk_demo&locale=en&q=Lumen')) as SuggestResponse;
      expect(many.data).toHaveLength(5);
    });

    it('suggests articles for a message written as a question, in English and in Chinese', async () => {
      await start();
      const suggest = async (q: string, locale: string) => {
        const body = (await getJson(
          `/v1/kb/suggest?${qs({ widgetKey: 'wk_demo', locale, q })}`,
        )) as SuggestResponse;
        expectContract(SuggestResponse, body);
        return body.data.map((article) => article.id);
      };
      expect(await suggest('How do I export my notes to PDF?', 'en')).toContain('art_export_notes');
      expect(await suggest('请问怎么导出笔记？', 'zh-Hans')).toContain('art_export_notes');
      // Small talk names no topic: nothing to suggest.
      expect(await suggest('Hi, can you help me?', 'en')).toEqual([]);
    });

    it('needs exactly one of q and pageUrl, and a web URL or path', async () => {
      await start();
      const base = '/v1/kb/suggest?widgetKey=wk_demo';
      for (const extra of [
        '',
        '&q=sync&pageUrl=%2Fpricing',
        '&pageUrl=javascript%3Aalert(1)',
        '&pageUrl=%2F%2Fevil.example',
        '&q=',
      ]) {
        expect(await getJson(`${base}${extra}`, 400), extra).toMatchObject({ code: 'invalid_request' });
      }
    });
  });

  describe('POST /v1/kb/articles/{id}/feedback', () => {
    it('needs a session', async () => {
      await start();
      const response = await engine.request('POST', '/v1/kb/articles/art_invoices/feedback', {
        body: { helpful: true },
      });
      expect(response.status).toBe(401);
      expectContract(Problem, await response.json());
      expect(await engine.store.articles.listFeedback('art_invoices')).toEqual([]);
    });

    it('records one vote per contact and article; voting again replaces it', async () => {
      await start();
      const session = await engine.startSession();
      const path = '/v1/kb/articles/art_invoices/feedback';
      const first = await engine.request('POST', path, {
        token: session.token,
        body: { helpful: false, comment: 'No PDF button.', locale: 'zh-TW' },
      });
      expect(first.status).toBe(204);
      expect(await first.text()).toBe('');
      engine.clock.advance(60_000);
      const second = await engine.request('POST', path, { token: session.token, body: { helpful: true } });
      expect(second.status).toBe(204);
      const secondAt = engine.clock.now();
      engine.clock.advance(60_000);
      const other = await engine.startSession();
      await engine.request('POST', path, { token: other.token, body: { helpful: false } });

      const votes = await engine.store.articles.listFeedback('art_invoices');
      expect(votes).toEqual([
        {
          articleId: 'art_invoices',
          locale: 'en',
          contactId: session.contact.id,
          helpful: true,
          comment: null,
          at: secondAt,
        },
        {
          articleId: 'art_invoices',
          locale: 'en',
          contactId: other.contact.id,
          helpful: false,
          comment: null,
          at: engine.clock.now(),
        },
      ]);
    });

    it('remembers which translation was read', async () => {
      await start();
      const session = await engine.startSession();
      await engine.request('POST', '/v1/kb/articles/art_two_factor/feedback', {
        token: session.token,
        body: { helpful: true, comment: '很清楚', locale: 'zh-TW' },
      });
      expect(await engine.store.articles.listFeedback('art_two_factor')).toMatchObject([
        { locale: 'zh-Hant', comment: '很清楚', helpful: true },
      ]);
    });

    it('answers 404 for unknown articles and 422 for invalid votes', async () => {
      await start();
      const session = await engine.startSession();
      const unknown = await engine.request('POST', '/v1/kb/articles/art_ja_reset/feedback', {
        token: session.token,
        body: { helpful: true },
      });
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: 'article_not_found' });
      for (const body of [
        {},
        { helpful: 'yes' },
        { helpful: true, rating: 5 },
        { helpful: true, comment: 'x'.repeat(2001) },
      ]) {
        const response = await engine.request('POST', '/v1/kb/articles/art_invoices/feedback', {
          token: session.token,
          body,
        });
        expect(response.status, JSON.stringify(body)).toBe(422);
        expectContract(Problem, await response.json());
      }
    });
  });

  it.each([
    ['POST', '/v1/kb/collections?widgetKey=wk_demo', 'GET, HEAD'],
    ['DELETE', '/v1/kb/collections/col_getting_started/articles?widgetKey=wk_demo', 'GET, HEAD'],
    ['PUT', '/v1/kb/articles/art_invoices?widgetKey=wk_demo', 'GET, HEAD'],
    ['POST', '/v1/kb/search?widgetKey=wk_demo&q=x', 'GET, HEAD'],
    ['POST', '/v1/kb/suggest?widgetKey=wk_demo&q=x', 'GET, HEAD'],
    ['GET', '/v1/kb/articles/art_invoices/feedback', 'POST'],
  ])('answers %s %s with 405', async (method, path, allow) => {
    await start();
    const response = await engine.request(method, path);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    expectContract(Problem, await response.json());
  });
});
