import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../logging/Logger';
import type { SeedContent } from '../seed/SeedContent';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
import { createApp } from './createApp';

const silent: Logger = { info: () => {}, error: () => {} };

const restricted: SeedContent = {
  widgets: [
    {
      key: 'wk_shop',
      brand: { name: 'Shop', color: '#0b7285' },
      defaultLocale: 'en',
      allowedOrigins: ['https://shop.example', 'http://localhost:5173/'],
      translations: [{ locale: 'en', greeting: { title: 'Hello', message: 'How can we help?' } }],
    },
  ],
};

const stores: Array<[string, () => Store]> = [
  ['memory store', () => createMemoryStore()],
  ['SQLite store', () => openSqliteStore({ filename: ':memory:' })],
];

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

function open(makeStore: () => Store): Store {
  const store = makeStore();
  opened.push(store);
  return store;
}

function request(path: string, init?: RequestInit): Request {
  return new Request(`http://localhost${path}`, init);
}

const english = {
  widgetKey: 'wk_demo',
  locale: 'en',
  brand: { name: 'Lumen', color: '#3b5bdb' },
  greeting: {
    title: 'Hi there 👋',
    message: 'Search our help centre or send us a message. We usually reply within a few hours.',
  },
  capabilities: {
    conversations: true,
    tickets: true,
    knowledgeBase: true,
    attachments: true,
    realtime: true,
    rating: true,
    identity: true,
  },
};

describe.each(stores)('createApp on the %s', (_name, makeStore) => {
  const app = () => createApp({ store: open(makeStore), log: silent });

  it('serves the demo widget config in English by default', async () => {
    const response = await app().fetch(request('/v1/widget/config?widgetKey=wk_demo'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toMatchObject(english);
  });

  it.each([
    ['zh-CN', 'zh-Hans', '你好 👋'],
    ['zh-Hans', 'zh-Hans', '你好 👋'],
    ['zh-TW', 'zh-Hant', '你好 👋'],
    ['zh-HK', 'zh-Hant', '你好 👋'],
    ['en-GB', 'en', 'Hi there 👋'],
    ['fr', 'en', 'Hi there 👋'],
    ['not a locale!', 'en', 'Hi there 👋'],
  ])('answers locale=%s in %s', async (requested, expected, title) => {
    const response = await app().fetch(
      request(`/v1/widget/config?widgetKey=wk_demo&locale=${encodeURIComponent(requested)}`),
    );
    const body = await response.json();
    expect(body.locale).toBe(expected);
    expect(body.greeting.title).toBe(title);
  });

  it('tells Simplified and Traditional Chinese apart', async () => {
    const engine = app();
    const hans = await (
      await engine.fetch(request('/v1/widget/config?widgetKey=wk_demo&locale=zh-CN'))
    ).json();
    const hant = await (
      await engine.fetch(request('/v1/widget/config?widgetKey=wk_demo&locale=zh-TW'))
    ).json();
    expect(hans.greeting.message).toContain('搜索帮助中心');
    expect(hant.greeting.message).toContain('搜尋說明中心');
  });

  it('sends a strong ETag and answers 304 when the client already has this version', async () => {
    const engine = app();
    const first = await engine.fetch(request('/v1/widget/config?widgetKey=wk_demo'));
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');

    const again = await engine.fetch(
      request('/v1/widget/config?widgetKey=wk_demo', { headers: { 'If-None-Match': etag ?? '' } }),
    );
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');

    const stale = await engine.fetch(
      request('/v1/widget/config?widgetKey=wk_demo', { headers: { 'If-None-Match': '"stale"' } }),
    );
    expect(stale.status).toBe(200);

    const chinese = await engine.fetch(
      request('/v1/widget/config?widgetKey=wk_demo&locale=zh-Hans', {
        headers: { 'If-None-Match': etag ?? '' },
      }),
    );
    expect(chinese.status).toBe(200);
    expect(chinese.headers.get('ETag')).not.toBe(etag);
  });

  it('changes the ETag when the widget changes', async () => {
    const store = open(makeStore);
    const engine = createApp({ store, log: silent });
    const before = (await engine.fetch(request('/v1/widget/config?widgetKey=wk_demo'))).headers.get('ETag');
    const demo = await store.getWidget('wk_demo');
    await store.seed({ widgets: [{ ...demo!, brand: { name: 'Lumen', color: '#e8590c' } }] });
    const after = await engine.fetch(
      request('/v1/widget/config?widgetKey=wk_demo', { headers: { 'If-None-Match': before ?? '' } }),
    );
    expect(after.status).toBe(200);
    expect((await after.json()).brand.color).toBe('#e8590c');
  });

  it('answers an unknown widget key with a 404 problem', async () => {
    const response = await app().fetch(request('/v1/widget/config?widgetKey=wk_nope'));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'https://parley.dev/problems/widget-not-found',
      title: 'Unknown widget key',
      status: 404,
      detail: 'No widget has the key "wk_nope".',
      code: 'widget_not_found',
    });
  });

  it.each([
    ['missing', '/v1/widget/config'],
    ['empty', '/v1/widget/config?widgetKey='],
    ['longer than 200 characters', `/v1/widget/config?widgetKey=${'k'.repeat(201)}`],
  ])('answers a %s widget key with a 400 problem', async (_case, path) => {
    const response = await app().fetch(request(path));
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 400, code: 'invalid_request' });
  });

  it('answers an unknown route with a 404 problem and a wrong method with a 405 problem', async () => {
    const engine = app();
    const missing = await engine.fetch(request('/v1/nothing-here'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ code: 'not_found', status: 404 });

    const wrongMethod = await engine.fetch(
      request('/v1/widget/config?widgetKey=wk_demo', { method: 'POST' }),
    );
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('GET, HEAD');
    expect(await wrongMethod.json()).toMatchObject({ code: 'method_not_allowed', status: 405 });
  });

  it('reports health', async () => {
    const response = await app().fetch(request('/v1/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('lets any origin read the demo widget, preflight included', async () => {
    const engine = app();
    const preflight = await engine.fetch(
      request('/v1/widget/config?widgetKey=wk_demo', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://anywhere.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'if-none-match',
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://anywhere.example');
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('GET');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('If-None-Match');

    const response = await engine.fetch(
      request('/v1/widget/config?widgetKey=wk_demo', { headers: { Origin: 'https://anywhere.example' } }),
    );
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://anywhere.example');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it("lets only a widget's allowed origins read its config", async () => {
    const store = open(makeStore);
    await store.seed(restricted);
    const engine = createApp({ store, log: silent });
    const get = (origin: string) =>
      engine.fetch(request('/v1/widget/config?widgetKey=wk_shop', { headers: { Origin: origin } }));
    const preflight = (origin: string) =>
      engine.fetch(
        request('/v1/widget/config?widgetKey=wk_shop', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
        }),
      );

    expect((await get('https://shop.example')).headers.get('Access-Control-Allow-Origin')).toBe(
      'https://shop.example',
    );
    // Listed as a URL with a trailing slash; still matches the origin.
    expect((await get('http://localhost:5173')).headers.get('Access-Control-Allow-Origin')).toBe(
      'http://localhost:5173',
    );
    expect((await preflight('https://shop.example')).headers.get('Access-Control-Allow-Origin')).toBe(
      'https://shop.example',
    );

    const refused = await get('https://evil.example');
    expect(refused.status).toBe(200);
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const refusedPreflight = await preflight('https://evil.example');
    expect(refusedPreflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(refusedPreflight.headers.get('Access-Control-Allow-Methods')).toBeNull();
  });

  it('reads the widget once for a cross-origin config request, shared by CORS and the route', async () => {
    const store = open(makeStore);
    const getWidget = vi.spyOn(store, 'getWidget');
    const response = await createApp({ store, log: silent }).fetch(
      request('/v1/widget/config?widgetKey=wk_demo', { headers: { Origin: 'https://shop.example' } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect(getWidget).toHaveBeenCalledTimes(1);
  });

  it('does not treat the opaque "null" origin as covered by "*"', async () => {
    const response = await app().fetch(
      request('/v1/widget/config?widgetKey=wk_demo', { headers: { Origin: 'null' } }),
    );
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('lets the SDK read an unknown-widget problem from another origin', async () => {
    const response = await app().fetch(
      request('/v1/widget/config?widgetKey=wk_nope', { headers: { Origin: 'https://shop.example' } }),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
  });
});

describe('createApp errors', () => {
  it('turns a thrown error into a 500 problem without the stack, and logs it', async () => {
    const failure = new Error('disk on fire');
    const broken: Store = {
      ...createMemoryStore({ seed: false }),
      getWidget: async () => {
        throw failure;
      },
    };
    const log = { info: vi.fn(), error: vi.fn() };
    const response = await createApp({ store: broken, log }).fetch(
      request('/v1/widget/config?widgetKey=wk_x'),
    );

    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: 500, code: 'internal' });
    expect(text).not.toContain('disk on fire');
    expect(text).not.toMatch(/\.ts:\d+/);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('/v1/widget/config'), failure);
  });
});

describe('memory and SQLite stores', () => {
  it.each([undefined, 'en', 'zh-CN', 'zh-Hant', 'zh-HK', 'fr'])(
    'give the same config and ETag for locale=%s',
    async (locale) => {
      const path = `/v1/widget/config?widgetKey=wk_demo${locale === undefined ? '' : `&locale=${locale}`}`;
      const [memory, sqlite] = await Promise.all(
        stores.map(([, makeStore]) =>
          createApp({ store: open(makeStore), log: silent }).fetch(request(path)),
        ),
      );
      expect(memory!.headers.get('ETag')).toBe(sqlite!.headers.get('ETag'));
      expect(await memory!.json()).toEqual(await sqlite!.json());
    },
  );
});
