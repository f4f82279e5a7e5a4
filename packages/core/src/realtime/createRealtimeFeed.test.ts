import type { RealtimeEvent } from '@parley/contract';
import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpBackend } from '../backend/createHttpBackend';
import { ParleyError } from '../errors/ParleyError';
import { createRealtimeFeed, type RealtimeFeedOptions } from './createRealtimeFeed';
import { createFakeLocks } from './testing/createFakeLocks';
import { createFakeRealtimeBackend, presenceEvent } from './testing/createFakeRealtimeBackend';

const baseUrl = 'http://parley.test';
const widgetKey = 'wk_demo';
const server = setupServer(...createParleyHandlers({ settings: { demoBot: false } }));
const lifetimes: AbortController[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const lifetime of lifetimes.splice(0)) lifetime.abort();
  server.resetHandlers();
});
afterAll(() => server.close());

const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 2 });

/** Timings that make retries immediate and the environment neutral, so the tests need no fake clock. */
const quickConnection: RealtimeFeedOptions['connection'] = {
  random: () => 0,
  onWake: () => () => {},
  isOffline: () => false,
};

function openTab(options: Omit<RealtimeFeedOptions, 'baseUrl' | 'widgetKey'>) {
  const lifetime = new AbortController();
  lifetimes.push(lifetime);
  const feed = createRealtimeFeed({
    baseUrl,
    widgetKey,
    signal: lifetime.signal,
    connection: quickConnection,
    ...options,
  });
  const events: RealtimeEvent[] = [];
  const resyncs = vi.fn();
  return {
    feed,
    events,
    ids: () => events.map((event) => event.id),
    resyncs,
    listen: () => feed.subscribe({ onEvent: (event) => events.push(event), onResync: resyncs }),
    close: () => lifetime.abort(),
  };
}

describe('createRealtimeFeed in two tabs', () => {
  it('holds one stream for both, and the other tab resumes it from the last id when the leader closes', async () => {
    const fake = createFakeRealtimeBackend();
    const { locks } = createFakeLocks();
    const getToken = async () => 'token';
    const a = openTab({ backend: fake.backend, getToken, locks });
    const b = openTab({ backend: fake.backend, getToken, locks });
    a.listen();
    await until(() => expect(fake.streams).toHaveLength(1));
    b.listen();
    fake.lastStream().open();
    fake.lastStream().send(presenceEvent('1'), presenceEvent('2'));
    await until(() => expect(b.ids()).toEqual(['1', '2']));
    expect(a.ids()).toEqual(['1', '2']);
    expect(b.feed.connection.getSnapshot()).toBe('online');
    expect(fake.streams).toHaveLength(1);

    a.close();
    expect(fake.streams[0]?.aborted()).toBe(true);
    await until(() => expect(fake.streams).toHaveLength(2));
    expect(fake.lastStream().request.lastEventId).toBe('2');
    fake.lastStream().open();
    fake.lastStream().send(presenceEvent('2'), presenceEvent('3'));
    expect(b.ids()).toEqual(['1', '2', '3']);
    expect(b.resyncs).not.toHaveBeenCalled();
  });

  it('passes session signals between tabs', async () => {
    const fake = createFakeRealtimeBackend();
    const a = openTab({ backend: fake.backend, getToken: async () => 'token' });
    const b = openTab({ backend: fake.backend, getToken: async () => 'token' });
    const heard = vi.fn();
    b.feed.tabs.subscribe(heard);
    a.feed.tabs.post('logout');
    await until(() => expect(heard).toHaveBeenCalledWith('logout'));
  });

  it('reports the errors of the connection it holds', async () => {
    const fake = createFakeRealtimeBackend();
    const onError = vi.fn();
    const a = openTab({ backend: fake.backend, getToken: async () => 'token', onError });
    a.listen();
    await until(() => expect(fake.streams).toHaveLength(1));
    fake.lastStream().fail(new ParleyError('server', 'Bad gateway', { status: 502 }));
    await until(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'server' })));
  });
});

describe('createRealtimeFeed over HTTP against the reference engine', () => {
  it('resumes a stream cut mid-stream with Last-Event-ID: every message once, in order', async () => {
    const backend = createHttpBackend({ baseUrl });
    const session = await backend.createSession({ widgetKey, locale: 'en' });
    const call = { token: session.token };
    const conversation = await backend.createConversation(
      { message: { clientMessageId: 'cm_first', text: 'Hello' } },
      { ...call, idempotencyKey: 'cm_first' },
    );
    const send = (clientMessageId: string) =>
      backend.sendMessage(
        conversation.id,
        { clientMessageId, text: clientMessageId },
        { ...call, idempotencyKey: clientMessageId },
      );

    // The first stream breaks right after its first event; the reconnect waits until a message was missed.
    const streamRequests: Request[] = [];
    let missedOne!: () => void;
    const afterMiss = new Promise<void>((resolve) => {
      missedOne = resolve;
    });
    const flakyFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname !== '/v1/events') return fetch(request);
      streamRequests.push(request);
      if (streamRequests.length > 1) {
        await afterMiss;
        return fetch(request);
      }
      const response = await fetch(request);
      const reader = response.body!.getReader();
      let sentEvent = false;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sentEvent) {
            controller.error(new TypeError('network error'));
            // Not awaited: the engine's stream only notices a cancel at its next heartbeat.
            reader.cancel().catch(() => {});
            return;
          }
          const { done, value } = await reader.read();
          if (done) return controller.close();
          controller.enqueue(value);
          sentEvent = new TextDecoder().decode(value).includes('data:');
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };

    const tab = openTab({
      backend: createHttpBackend({ baseUrl, fetch: flakyFetch }),
      getToken: async () => session.token,
    });
    tab.listen();
    await until(() => expect(tab.feed.connection.getSnapshot()).toBe('online'));
    const echoes = () =>
      tab.events.flatMap((event) =>
        event.type === 'message.created' ? [event.data.message.clientMessageId] : [],
      );

    await send('cm_live');
    await until(() => expect(streamRequests).toHaveLength(2));
    await send('cm_missed');
    missedOne();
    await until(() => expect(echoes()).toEqual(['cm_live', 'cm_missed']));
    await send('cm_after');
    await until(() => expect(echoes()).toEqual(['cm_live', 'cm_missed', 'cm_after']));

    const liveEvent = tab.events.find(
      (event) => event.type === 'message.created' && event.data.message.clientMessageId === 'cm_live',
    );
    expect(streamRequests[1]?.headers.get('last-event-id')).toBe(liveEvent?.id);
    expect(new Set(tab.ids()).size).toBe(tab.ids().length);
    expect(tab.resyncs).not.toHaveBeenCalled();
  });
});
