import type { SearchResponse } from '@parley/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../createClient';
import { ParleyError } from '../errors/ParleyError';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import { setupParleyTestServer, testBaseUrl } from '../testing/setupParleyTestServer';
import { untilSnapshot } from '../testing/untilSnapshot';
import type { ArticleSearchOptions } from './ArticlesApi';
import { createArticleSearch } from './createArticleSearch';

afterEach(() => {
  vi.useRealTimers();
});

/** A page of hits whose article ids are `ids`. */
const page = (ids: string[], nextCursor: string | null = null): SearchResponse =>
  ({
    data: ids.map((id) => ({
      article: { id, title: id },
      titleHighlights: [],
      snippet: { text: '', highlights: [] },
    })),
    total: ids.length + (nextCursor ? 10 : 0),
    nextCursor,
  }) as unknown as SearchResponse;

const ids = (search: { getSnapshot(): { results: readonly { article: { id: string } }[] } }) =>
  search.getSnapshot().results.map((hit) => hit.article.id);

/** `articles.search` whose answers the test gives, one deferred promise per call. */
function fakeArticles() {
  const calls: {
    query: string;
    options: ArticleSearchOptions;
    answer(page: SearchResponse): void;
    fail(error: unknown): void;
  }[] = [];
  const search = vi.fn(
    (query: string, options: ArticleSearchOptions = {}) =>
      new Promise<SearchResponse>((resolve, reject) => {
        calls.push({ query, options, answer: resolve, fail: reject });
      }),
  );
  return { client: { articles: { search } }, search, calls };
}

describe('createArticleSearch against the reference engine', () => {
  const { server } = setupParleyTestServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('finds articles for the query typed, and pages through the rest', async () => {
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const search = createArticleSearch(client, { debounceMs: 0, limit: 1 });
    search.setQuery('  password ');
    const ready = await untilSnapshot(search, (state) => state.status === 'ready');
    expect(ready.query).toBe('password');
    expect(ready.results).toHaveLength(1);
    expect(ready.hasMore).toBe(true);
    expect(ready.total).toBeGreaterThan(1);

    const stop = search.subscribe(() => {});
    await search.loadMore();
    expect(search.getSnapshot().results).toHaveLength(2);
    expect(new Set(ids(search)).size).toBe(2);
    stop();
    client.destroy();
  });
});

describe('createArticleSearch', () => {
  it('searches once the typing pauses, and only while somebody listens', () => {
    vi.useFakeTimers();
    const { client, search: searchArticles } = fakeArticles();
    const search = createArticleSearch(client, { debounceMs: 250, locale: 'fr' });
    search.setQuery('p');
    search.setQuery('pa');
    vi.advanceTimersByTime(1_000);
    // Nobody listens yet: nothing was asked.
    expect(searchArticles).not.toHaveBeenCalled();
    expect(search.getSnapshot()).toMatchObject({ status: 'loading', query: 'pa' });

    const stop = search.subscribe(() => {});
    search.setQuery('pas');
    vi.advanceTimersByTime(200);
    search.setQuery('pass');
    vi.advanceTimersByTime(200);
    expect(searchArticles).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(searchArticles).toHaveBeenCalledTimes(1);
    expect(searchArticles).toHaveBeenCalledWith('pass', expect.objectContaining({ locale: 'fr' }));
    stop();
  });

  it('shows the answer to the latest query, never one that arrives late for a query replaced', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeArticles();
    const search = createArticleSearch(client, { debounceMs: 0 });
    const stop = search.subscribe(() => {});
    search.setQuery('first');
    vi.advanceTimersByTime(0);
    search.setQuery('second');
    vi.advanceTimersByTime(0);
    expect(calls.map((call) => call.query)).toEqual(['first', 'second']);
    // The first search was cancelled when the query changed.
    expect(calls[0]?.options.signal?.aborted).toBe(true);

    calls[1]?.answer(page(['b']));
    calls[0]?.answer(page(['a']));
    await vi.runAllTimersAsync();
    expect(search.getSnapshot()).toMatchObject({ status: 'ready', query: 'second' });
    expect(ids(search)).toEqual(['b']);
    stop();
  });

  it('is idle for a blank query, with no request, and keeps the results while the next query loads', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeArticles();
    const search = createArticleSearch(client, { debounceMs: 0 });
    const stop = search.subscribe(() => {});
    search.setQuery('export');
    vi.advanceTimersByTime(0);
    calls[0]?.answer(page(['pdf']));
    await vi.runAllTimersAsync();

    search.setQuery('export pdf');
    vi.advanceTimersByTime(0);
    expect(search.getSnapshot().status).toBe('loading');
    expect(ids(search)).toEqual(['pdf']);

    search.setQuery('   ');
    vi.advanceTimersByTime(1_000);
    expect(search.getSnapshot()).toMatchObject({ status: 'idle', query: '', results: [], total: 0 });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.options.signal?.aborted).toBe(true);
    stop();
  });

  it('shows a failure with the results it had, and searches again when the query changes', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeArticles();
    const search = createArticleSearch(client, { debounceMs: 0 });
    const stop = search.subscribe(() => {});
    search.setQuery('sync');
    vi.advanceTimersByTime(0);
    calls[0]?.answer(page(['ipad']));
    await vi.runAllTimersAsync();
    search.setQuery('sync notes');
    vi.advanceTimersByTime(0);
    calls[1]?.fail(new ParleyError('network', 'offline'));
    await vi.runAllTimersAsync();
    expect(search.getSnapshot()).toMatchObject({ status: 'error', query: 'sync notes' });
    expect(search.getSnapshot().error?.code).toBe('network');
    expect(ids(search)).toEqual(['ipad']);

    search.setQuery('sync note');
    vi.advanceTimersByTime(0);
    calls[2]?.answer(page(['laptop']));
    await vi.runAllTimersAsync();
    expect(search.getSnapshot()).toMatchObject({ status: 'ready', error: null });
    stop();
  });

  it('searches again once when another search of the client replaced its own', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeArticles();
    const search = createArticleSearch(client, { debounceMs: 0 });
    const stop = search.subscribe(() => {});
    search.setQuery('billing');
    vi.advanceTimersByTime(0);
    calls[0]?.fail(new ParleyError('aborted', 'Replaced by a newer search.'));
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
    calls[1]?.fail(new ParleyError('aborted', 'Replaced by a newer search.'));
    await vi.runAllTimersAsync();
    // Only once: two search boxes replacing each other do not search forever.
    expect(calls).toHaveLength(2);
    expect(search.getSnapshot().error?.code).toBe('aborted');
    stop();
  });

  it('cancels the search on its way when the last listener leaves, and searches again for the next', () => {
    vi.useFakeTimers();
    const { client, calls } = fakeArticles();
    const search = createArticleSearch(client, { debounceMs: 0 });
    search.setQuery('invoice');
    const stop = search.subscribe(() => {});
    vi.advanceTimersByTime(0);
    stop();
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    expect(search.getSnapshot().status).toBe('loading');

    const again = search.subscribe(() => {});
    vi.advanceTimersByTime(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.query).toBe('invoice');
    again();
  });

  it('appends further pages with the cursor, once at a time', async () => {
    vi.useFakeTimers();
    const { client, calls } = fakeArticles();
    const search = createArticleSearch(client, { debounceMs: 0, limit: 2 });
    const stop = search.subscribe(() => {});
    search.setQuery('team');
    vi.advanceTimersByTime(0);
    calls[0]?.answer(page(['a', 'b'], 'c2'));
    await vi.runAllTimersAsync();

    const more = search.loadMore();
    void search.loadMore();
    expect(search.getSnapshot().loadingMore).toBe(true);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.options).toMatchObject({ cursor: 'c2', limit: 2 });
    calls[1]?.answer(page(['c']));
    await more;
    expect(ids(search)).toEqual(['a', 'b', 'c']);
    expect(search.getSnapshot()).toMatchObject({ hasMore: false, loadingMore: false });
    stop();
  });
});
