import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from './backend/Backend';
import { createClient } from './createClient';
import { ParleyError } from './errors/ParleyError';
import { createMemoryStorage } from './storage/createMemoryStorage';
import { setupParleyTestServer, testBaseUrl } from './testing/setupParleyTestServer';
import { widgetConfigFixture as config } from './testing/widgetConfigFixture';

describe('createClient', () => {
  it('does nothing until asked: no request at creation', () => {
    const fetchSpy = vi.fn<typeof fetch>();
    createClient({ baseUrl: 'https://support.example.com', widgetKey: 'wk_demo', fetch: fetchSpy });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['a relative base URL', { baseUrl: '/support', widgetKey: 'wk' }],
    ['a javascript: base URL', { baseUrl: 'javascript:alert(1)', widgetKey: 'wk' }],
    ['no widget key', { baseUrl: 'https://support.example.com', widgetKey: ' ' }],
    ['no options at all', undefined],
    ['a zero timeout', { baseUrl: 'https://support.example.com', widgetKey: 'wk', timeoutMs: 0 }],
  ])('rejects %s with a typed invalid_request error', (_case, options) => {
    let thrown: unknown;
    try {
      createClient(options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ParleyError);
    expect(thrown).toMatchObject({ code: 'invalid_request' });
  });

  it('loads no part of itself once destroyed: calls reject with aborted, stores show the error', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const client = createClient({
      baseUrl: 'https://support.example.com',
      widgetKey: 'wk_demo',
      fetch: fetchSpy,
    });
    client.destroy();
    await expect(client.conversations.create({ text: 'Hello' })).rejects.toMatchObject({ code: 'aborted' });
    await expect(client.tickets.lookup({ reference: 'PRL-1', email: 'a@example.com' })).rejects.toMatchObject(
      {
        code: 'aborted',
      },
    );
    const list = client.conversations.list;
    list.subscribe(() => {});
    await vi.waitFor(() =>
      expect(list.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'aborted' } }),
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('builds the contract URL from a base URL with a path and a trailing slash', async () => {
    const fetchSpy = vi.fn<typeof fetch>(async () => Response.json(config));
    const client = createClient({
      baseUrl: 'https://example.com/help/',
      widgetKey: 'wk demo&x',
      locale: 'fr',
      fetch: fetchSpy,
    });
    await client.config();
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(
      'https://example.com/help/v1/widget/config?widgetKey=wk%20demo%26x&locale=fr',
    );
  });

  it('looks fetch up at call time, so a host page that replaces window.fetch later is honoured', async () => {
    const original = globalThis.fetch;
    const client = createClient({ baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' });
    const replacement = vi.fn<typeof fetch>(async () => Response.json(config));
    globalThis.fetch = replacement;
    try {
      await expect(client.config()).resolves.toEqual(config);
      expect(replacement).toHaveBeenCalledOnce();
    } finally {
      globalThis.fetch = original;
    }
  });

  it('reports what a given backend throws that is not a ParleyError as invalid_response', async () => {
    const cause = new TypeError("Cannot read properties of undefined (reading 'brand')");
    const client = createClient({
      baseUrl: 'https://chat.example.com',
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
      backend: {
        getConfig: async () => {
          throw cause;
        },
        createSession: async () => {
          throw new ParleyError('server', 'Down.', { status: 503 });
        },
      } as unknown as Backend,
    });
    await expect(client.config()).rejects.toMatchObject({ code: 'invalid_response', cause });
    client.destroy();
  });
});

describe('client.storage', () => {
  it("holds a UI's own writes in memory until consent is granted, then writes them", async () => {
    const underlying = createMemoryStorage();
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: underlying,
      consent: 'pending',
    });
    await client.storage.set('ui:nudge:welcome', 'dismissed');
    expect(await client.storage.get('ui:nudge:welcome')).toBe('dismissed');
    expect(await underlying.keys('ui:')).toEqual([]);
    await client.setConsent('granted');
    expect(await underlying.get('ui:nudge:welcome')).toBe('dismissed');
    client.destroy();
  });
});

describe('createClient events', () => {
  const { server } = setupParleyTestServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('announces ready once a session exists and the config is known, and the connection as it changes', async () => {
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const ready = vi.fn();
    const statuses: string[] = [];
    client.on('ready', ready);
    client.on('connection', ({ status }) => statuses.push(status));
    expect(ready).not.toHaveBeenCalled();

    const stop = client.connection.subscribe(() => {});
    const list = client.conversations.list.subscribe(() => {});
    await vi.waitFor(() => expect(client.connection.getSnapshot()).toBe('online'));
    await vi.waitFor(() => expect(ready).toHaveBeenCalledOnce());
    expect(ready).toHaveBeenCalledWith({ config: expect.objectContaining({ widgetKey: 'wk_demo' }) });
    expect(statuses.at(-1)).toBe('online');

    // The visitor changes again (new details): ready was said once and is not said again.
    await client.session.update({ plan: 'pro' });
    expect(ready).toHaveBeenCalledOnce();

    client.destroy();
    // The stream is closed, and a destroyed client's connection keeps its last status.
    expect(client.connection.getSnapshot()).toBe('online');
    list();
    stop();
  });

  it('opens no event stream when the config says the backend has no realtime, and reports online', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      requested.push(new URL(request.url).pathname);
    });
    // A contract server that implements no `/v1/events`.
    server.use(
      http.get(`${testBaseUrl}/v1/widget/config`, () =>
        HttpResponse.json({
          ...config,
          capabilities: { ...config.capabilities, conversations: true, realtime: false },
        }),
      ),
    );
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const list = client.conversations.list;
    const stop = list.subscribe(() => {});
    await vi.waitFor(() => expect(list.getSnapshot().status).toBe('ready'));
    await vi.waitFor(() => expect(client.connection.getSnapshot()).toBe('online'));
    expect(requested).toContain('/v1/widget/config');
    expect(requested.filter((path) => path.startsWith('/v1/events'))).toEqual([]);
    stop();
    client.destroy();
    server.events.removeAllListeners();
  });

  it('stops listening on destroy: no handler hears anything after', async () => {
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const ready = vi.fn();
    client.on('ready', ready);
    const started = client.session.update({ name: 'Ada' });
    client.destroy();
    await started.catch(() => {});
    await client.config();
    expect(ready).not.toHaveBeenCalled();
  });
});
