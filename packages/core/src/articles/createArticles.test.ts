import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend/Backend';
import { createTestRuntime } from '../testing/createTestRuntime';
import { failureOf } from '../testing/failureOf';
import { recordFetch } from '../testing/recordFetch';
import { createArticles } from './createArticles';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createParleyHandlers()));
afterAll(() => server.close());

function setup(options: { locale?: string } = {}) {
  const recorder = recordFetch();
  const runtime = createTestRuntime({ fetch: recorder.fetch, ...options });
  return { runtime, articles: createArticles(runtime), requests: recorder.requests };
}

/** The highlighted parts of `text`. */
const marked = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map(({ start, end }) => text.slice(start, end).toLowerCase());

describe('articles.search', () => {
  it('returns the best hits with their highlights, and remembers the search', async () => {
    const { runtime, articles } = setup();
    const result = await articles.search('  reset password ');
    const [best] = result.data;
    expect(best?.article.id).toBe('art_reset_password');
    expect(marked(best?.article.title ?? '', best?.titleHighlights ?? [])).toEqual(['reset', 'password']);
    expect(best?.snippet.highlights.length).toBeGreaterThan(0);
    expect(result.total).toBeGreaterThanOrEqual(result.data.length);
    expect(runtime.activity.snapshot().recentSearches).toEqual(['reset password']);
  });

  it('searches Chinese articles in the requested locale', async () => {
    const { articles } = setup();
    const result = await articles.search('密码', { locale: 'zh-Hans' });
    expect(result.data.length).toBeGreaterThan(0);
    for (const hit of result.data) expect(hit.article.locale).toBe('zh-Hans');
    expect(result.data.map((hit) => hit.article.id)).toContain('art_reset_password');
  });

  it('uses the client’s locale by default', async () => {
    const { articles, requests } = setup({ locale: 'zh-Hant' });
    const result = await articles.search('密碼');
    expect(requests[0]?.url.searchParams.get('locale')).toBe('zh-Hant');
    expect(result.data[0]?.article.locale).toBe('zh-Hant');
  });

  it('pages with the cursor and keeps to one collection when asked', async () => {
    const { articles } = setup();
    const first = await articles.search('password', { limit: 1, collectionId: 'col_account_security' });
    expect(first.data).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await articles.search('password', {
      limit: 1,
      collectionId: 'col_account_security',
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.data[0]?.article.id).not.toBe(first.data[0]?.article.id);
    for (const hit of [...first.data, ...second.data])
      expect(hit.article.collectionId).toBe('col_account_security');
  });

  it('answers an empty query with no hits and no request', async () => {
    const { runtime, articles, requests } = setup();
    await expect(articles.search('   ')).resolves.toEqual({ data: [], nextCursor: null, total: 0 });
    expect(requests).toHaveLength(0);
    expect(runtime.activity.snapshot().recentSearches).toEqual([]);
  });

  it('cuts a pasted paragraph to the 200 characters the backend accepts', async () => {
    const { articles, requests } = setup();
    await articles.search(`password ${'x'.repeat(500)}`);
    expect([...(requests[0]?.url.searchParams.get('q') ?? '')]).toHaveLength(200);
  });

  it('cancels a search that a newer one replaced', async () => {
    const { runtime, articles } = setup();
    const first = articles.search('reset');
    const second = articles.search('reset password');
    const error = await failureOf(first);
    expect(error.code).toBe('aborted');
    expect((await second).data[0]?.article.id).toBe('art_reset_password');
    expect(runtime.activity.snapshot().recentSearches).toEqual(['reset password']);
  });

  it('clearing the box cancels the search still running', async () => {
    const { articles } = setup();
    const running = articles.search('sync');
    await articles.search('');
    expect((await failureOf(running)).code).toBe('aborted');
  });

  it('stops when the caller’s signal aborts', async () => {
    const { articles } = setup();
    const controller = new AbortController();
    const running = articles.search('sync', { signal: controller.signal });
    controller.abort();
    expect((await failureOf(running)).code).toBe('aborted');
    expect((await failureOf(articles.search('sync', { signal: AbortSignal.abort() }))).code).toBe('aborted');
  });

  it('never delivers a cancelled search, even from a backend that ignores the signal', async () => {
    const runtime = createTestRuntime({
      backend: { searchArticles: () => new Promise(() => {}) } as unknown as Backend,
    });
    const articles = createArticles(runtime);
    const controller = new AbortController();
    const running = articles.search('sync', { signal: controller.signal });
    controller.abort();
    expect((await failureOf(running)).code).toBe('aborted');
  });

  it('reports an unknown collection as not_found', async () => {
    const { articles } = setup();
    const error = await failureOf(articles.search('sync', { collectionId: 'col_nope' }));
    expect(error.code).toBe('not_found');
    expect(error.problemCode).toBe('collection_not_found');
  });
});

describe('articles.suggest', () => {
  it('suggests articles for what is being typed', async () => {
    const { articles } = setup();
    const suggestions = await articles.suggest({ query: 'cancel subscription' });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect(suggestions[0]?.id).toBe('art_cancel_subscription');
  });

  it('suggests articles for the page being viewed, sending only its origin and path', async () => {
    const { articles, requests } = setup();
    const suggestions = await articles.suggest({
      pageUrl: 'https://lumen.example/pricing?coupon=SECRET#plans',
    });
    expect(suggestions.map((article) => article.id)).toEqual(['art_compare_plans', 'art_upgrade_plus']);
    expect(requests[0]?.url.searchParams.get('pageUrl')).toBe('https://lumen.example/pricing');
  });

  it('answers empty input with nothing, without a request', async () => {
    const { articles, requests } = setup();
    await expect(articles.suggest({ query: ' ' })).resolves.toEqual([]);
    await expect(articles.suggest({ pageUrl: '' })).resolves.toEqual([]);
    expect(requests).toHaveLength(0);
  });
});

describe('articles.get', () => {
  it('revalidates a second read with its ETag and returns the kept article on 304', async () => {
    const { runtime, articles, requests } = setup();
    const first = await articles.get('art_reset_password');
    expect(first.title).toBe('Reset your password');
    expect(requests[0]?.status).toBe(200);
    expect(requests[0]?.headers.get('if-none-match')).toBeNull();

    const second = await articles.get('art_reset_password');
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers.get('if-none-match')).toMatch(/\S/);
    expect(requests[1]?.status).toBe(304);
    expect(second).toBe(first);
    expect(runtime.activity.snapshot().viewedArticleIds).toEqual(['art_reset_password']);
  });

  it('keeps each locale apart', async () => {
    const { articles, requests } = setup();
    const english = await articles.get('art_reset_password');
    const chinese = await articles.get('art_reset_password', { locale: 'zh-Hant' });
    expect(chinese.locale).toBe('zh-Hant');
    expect(chinese.title).not.toBe(english.title);
    // The English ETag is not sent for the Chinese article.
    expect(requests[1]?.headers.get('if-none-match')).toBeNull();
    expect(requests[1]?.status).toBe(200);
  });

  it('remembers every article viewed, newest last', async () => {
    const { runtime, articles } = setup();
    await articles.get('art_fix_sync');
    await articles.get('art_reset_password');
    await articles.get('art_fix_sync');
    expect(runtime.activity.snapshot().viewedArticleIds).toEqual(['art_reset_password', 'art_fix_sync']);
  });

  it('rejects an unknown article with not_found and remembers nothing', async () => {
    const { runtime, articles } = setup();
    const error = await failureOf(articles.get('art_nope'));
    expect(error.code).toBe('not_found');
    expect(error.problemCode).toBe('article_not_found');
    expect(runtime.activity.snapshot().viewedArticleIds).toEqual([]);
  });

  it('refuses a "not modified" answer to a first read', async () => {
    const runtime = createTestRuntime({
      backend: { getArticle: async () => ({ notModified: true }) } as unknown as Backend,
    });
    expect((await failureOf(createArticles(runtime).get('art_a'))).code).toBe('invalid_response');
  });
});

describe('articles.collections and collectionArticles', () => {
  it('lists the collections in display order', async () => {
    const { articles } = setup();
    const collections = await articles.collections();
    expect(collections.map((collection) => collection.id)).toEqual([
      'col_getting_started',
      'col_account_security',
      'col_sync_devices',
      'col_billing_plans',
      'col_sharing_teams',
    ]);
    expect(collections[0]?.articleCount).toBeGreaterThan(0);
  });

  it('pages through a collection’s articles', async () => {
    const { articles } = setup();
    const first = await articles.collectionArticles('col_account_security', { limit: 2 });
    expect(first.data.map((article) => article.id)).toEqual(['art_reset_password', 'art_change_password']);
    const second = await articles.collectionArticles('col_account_security', {
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.data[0]?.id).toBe('art_two_factor');
  });
});

describe('articles.feedback', () => {
  it('sends the vote with a session, in the locale the article was read in', async () => {
    const { runtime, articles, requests } = setup();
    await articles.get('art_reset_password', { locale: 'zh-Hans' });
    await articles.feedback('art_reset_password', { helpful: false, comment: ' The link never arrived. ' });
    const vote = requests.find((request) => request.url.pathname.endsWith('/feedback'));
    expect(vote?.status).toBe(204);
    expect(vote?.headers.get('authorization')).toBe(`Bearer ${runtime.session.current()?.token}`);
    expect(JSON.parse(vote?.body ?? '')).toEqual({
      helpful: false,
      comment: 'The link never arrived.',
      locale: 'zh-Hans',
    });
  });

  it('rejects feedback on an unknown article with not_found', async () => {
    const { articles } = setup();
    expect((await failureOf(articles.feedback('art_nope', { helpful: true }))).code).toBe('not_found');
  });
});

describe('a backend without the knowledge base', () => {
  const runtime = createTestRuntime({ backend: {} as Backend });
  const articles = createArticles(runtime);

  it.each<[string, () => Promise<unknown>]>([
    ['search', () => articles.search('sync')],
    ['suggest', () => articles.suggest({ query: 'sync' })],
    ['get', () => articles.get('art_a')],
    ['collections', () => articles.collections()],
    ['collectionArticles', () => articles.collectionArticles('col_a')],
    ['feedback', () => articles.feedback('art_a', { helpful: true })],
  ])('rejects %s with invalid_request', async (_name, call) => {
    const error = await failureOf(call());
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(/not offered by this backend/);
  });
});
