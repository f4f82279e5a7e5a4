import { createParleyHandlers } from '@parley/server/msw';
import { build } from 'esbuild';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from '../testing/failureOf';
import { recordFetch } from '../testing/recordFetch';
import { searchArticles } from './searchArticles';

const baseUrl = 'http://parley.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createParleyHandlers()));
afterAll(() => server.close());

describe('searchArticles (without a client)', () => {
  it('finds highlighted hits with only a base URL and a widget key', async () => {
    const { data, total } = await searchArticles({ baseUrl, widgetKey: 'wk_demo' }, 'export pdf');
    expect(data[0]?.article.id).toBe('art_export_notes');
    expect(data[0]?.snippet.highlights.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(1);
  });

  it('searches in the locale asked, the call’s over the options’', async () => {
    const options = { baseUrl, widgetKey: 'wk_demo', locale: 'zh-Hans' };
    expect((await searchArticles(options, '同步')).data[0]?.article.locale).toBe('zh-Hans');
    expect((await searchArticles(options, '同步', { locale: 'zh-Hant' })).data[0]?.article.locale).toBe(
      'zh-Hant',
    );
  });

  it('keeps to a collection and uses the given fetch', async () => {
    const recorder = recordFetch();
    const { data } = await searchArticles(
      { baseUrl, widgetKey: 'wk_demo', fetch: recorder.fetch },
      'password',
      { collectionId: 'col_account_security' },
    );
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.requests[0]?.url.searchParams.get('collectionId')).toBe('col_account_security');
    for (const hit of data) expect(hit.article.collectionId).toBe('col_account_security');
  });

  it('answers an empty query without a request', async () => {
    const recorder = recordFetch();
    await expect(
      searchArticles({ baseUrl, widgetKey: 'wk_demo', fetch: recorder.fetch }, '  '),
    ).resolves.toEqual({ data: [], nextCursor: null, total: 0 });
    expect(recorder.requests).toHaveLength(0);
  });

  it('is cancelled by its signal', async () => {
    const controller = new AbortController();
    const running = searchArticles({ baseUrl, widgetKey: 'wk_demo' }, 'sync', { signal: controller.signal });
    controller.abort();
    expect((await failureOf(running)).code).toBe('aborted');
  });

  it('rejects an unknown widget key with not_found', async () => {
    const error = await failureOf(searchArticles({ baseUrl, widgetKey: 'wk_nobody' }, 'sync'));
    expect(error.code).toBe('not_found');
    expect(error.problemCode).toBe('widget_not_found');
  });

  it('rejects a base URL that is not http(s)', async () => {
    expect(
      (await failureOf(searchArticles({ baseUrl: 'parley.test', widgetKey: 'wk_demo' }, 'sync'))).code,
    ).toBe('invalid_request');
  });

  it.each<[string, unknown]>([
    ['hits that are not a list', { data: {}, nextCursor: null, total: 0 }],
    [
      'a hit without its article',
      {
        data: [{ score: 1, titleHighlights: [], snippet: { text: '', highlights: [] } }],
        nextCursor: null,
        total: 1,
      },
    ],
    ['a negative total', { data: [], nextCursor: null, total: -1 }],
    ['an HTML page', '<!doctype html><h1>Bad gateway</h1>'],
  ])('reports %s as invalid_response', async (_case, body) => {
    server.use(
      http.get(`${baseUrl}/v1/kb/search`, () =>
        typeof body === 'string' ? HttpResponse.html(body) : Response.json(body),
      ),
    );
    expect((await failureOf(searchArticles({ baseUrl, widgetKey: 'wk_demo' }, 'sync'))).code).toBe(
      'invalid_response',
    );
  });
});

describe('importing only searchArticles', () => {
  it('bundles without the session, realtime, storage, tickets or conversations code, in at most 4 KB gzip', async () => {
    const result = await build({
      stdin: {
        contents: "export { searchArticles } from './searchArticles';",
        resolveDir: new URL('.', import.meta.url).pathname,
        sourcefile: 'entry.ts',
        loader: 'ts',
      },
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      define: { __DEV__: 'false' },
    });
    const inputs = Object.keys(result.metafile.inputs);
    const own = inputs.filter((input) => input.includes('packages/core/src/'));
    expect(own.length).toBeGreaterThan(0);
    for (const input of own) {
      expect(input).not.toMatch(/\/(session|realtime|storage|outbox|conversations|tickets|context)\//);
    }
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzipped = await new Response(
      new Blob([code.slice()]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    expect(gzipped.byteLength).toBeLessThanOrEqual(4096);
  });
});
