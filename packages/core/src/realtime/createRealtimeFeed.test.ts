import type { RealtimeEvent } from '@parley/contract';
import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpBackend } from '../backend/createHttpBackend';
import { ParleyError } from '../errors/ParleyError';
import {
  createRealtimeFeed,
  type RealtimeFeedOptions,
  type TabMessage,
  type TabSignal,
} from './createRealtimeFeed';
import { createFakeLocks } from './testing/createFakeLocks';
import {
  createFakeRealtimeBackend,
  type FakeStream,
  presenceEvent,
  resetEvent,
} from './testing/createFakeRealtimeBackend';

const baseUrl = 'http://parley.test';
const widgetKey = 'wk_demo';
const server = setupServer(...createParleyHandlers({ settings: { demoBot: false } }));
const cleanups: (() => void)[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // No backoff wait: a retry goes at once, so the tests need no fake clock (BroadcastChannel is async).
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  server.resetHandlers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

/** Waits for what other "tabs" receive on the BroadcastChannel, and for the connection's promises. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 2 });

/**
 * Tabs of one origin: each with its own client lifetime and its own fake backend (so a test can see which
 * tab holds the connection). `navigator.locks` is a fake shared by the tabs, unless `locks` is false; Node
 * 20's BroadcastChannel connects them, unless `channel` is false.
 */
function createWorld(environment: { locks?: boolean; channel?: boolean } = {}) {
  const fakeLocks = createFakeLocks();
  vi.stubGlobal('navigator', environment.locks === false ? {} : { locks: fakeLocks.locks });
  if (environment.channel === false) vi.stubGlobal('BroadcastChannel', undefined);
  const tabs: { name: string; streams(): FakeStream[] }[] = [];

  function openTab(
    name: string,
    options: Partial<
      Pick<RealtimeFeedOptions, 'identityKey' | 'widgetKey' | 'onError' | 'backend' | 'getToken'>
    > = {},
  ) {
    const fake = createFakeRealtimeBackend();
    const lifetime = new AbortController();
    cleanups.push(() => lifetime.abort());
    const feed = createRealtimeFeed({
      backend: fake.backend,
      baseUrl,
      widgetKey,
      getToken: async () => 'token',
      identityKey: () => 'anonymous',
      signal: lifetime.signal,
      ...options,
    });
    const events: RealtimeEvent[] = [];
    const resyncs = vi.fn();
    const signals: TabSignal[] = [];
    const statuses: string[] = [];
    cleanups.push(feed.connection.subscribe(() => statuses.push(feed.connection.getSnapshot())));
    const stopSignals = feed.tabs.subscribe((signal) => signals.push(signal));
    cleanups.push(stopSignals);
    const tab = {
      name,
      fake,
      feed,
      events,
      ids: () => events.map((event) => event.id),
      resyncs,
      signals,
      /** Every status this tab showed, in order. */
      statuses,
      listen: () => feed.subscribe({ onEvent: (event) => events.push(event), onResync: resyncs }),
      status: () => feed.connection.getSnapshot(),
      /** This tab's streams still open. */
      streams: () => fake.streams.filter((stream) => !stream.aborted()),
      /** This tab's one open stream. */
      stream: () => {
        const [stream, ...others] = tab.streams();
        if (!stream || others.length > 0) throw new Error(`Tab ${name} holds no single stream.`);
        return stream;
      },
      /** The tab closes (the client is destroyed with it). */
      close: () => lifetime.abort(),
    };
    tabs.push(tab);
    return tab;
  }

  /** The tabs that hold a stream now. */
  const leaders = () => tabs.filter((tab) => tab.streams().length > 0).map((tab) => tab.name);
  return { openTab, leaders, fakeLocks };
}

describe('createRealtimeFeed with Web Locks and BroadcastChannel', () => {
  it('opens one connection for two tabs, and both get every event and the status', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));

    a.stream().open();
    a.stream().send(presenceEvent('1'), presenceEvent('2'));
    expect(a.ids()).toEqual(['1', '2']);
    expect(a.status()).toBe('online');
    await until(() => expect(b.ids()).toEqual(['1', '2']));
    expect(b.status()).toBe('online');
    expect(world.leaders()).toEqual(['a']);
    expect(b.fake.streams).toHaveLength(0);
  });

  it('tells a tab that joins later the status of the connection', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    a.stream().open();
    a.stream().fail(new ParleyError('network', 'down'));
    await until(() => expect(a.status()).toBe('reconnecting'));
    const b = world.openTab('b');
    b.listen();
    await until(() => expect(b.status()).toBe('reconnecting'));
  });

  it('hands the connection to another tab when the leader closes, resuming from the last id', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    b.listen();
    const first = a.stream();
    first.open();
    first.send(presenceEvent('1'), presenceEvent('2'));
    await until(() => expect(b.ids()).toEqual(['1', '2']));

    a.close();
    expect(first.aborted()).toBe(true);
    await until(() => expect(world.leaders()).toEqual(['b']));
    expect(b.stream().request.lastEventId).toBe('2');

    // A backend replaying the last one again changes nothing; what is new arrives.
    b.stream().open();
    b.stream().send(presenceEvent('2'), presenceEvent('3'));
    expect(b.ids()).toEqual(['1', '2', '3']);
    expect(b.resyncs).toHaveBeenCalledTimes(1); // when it first connected
  });

  it('resumes after the last id the leader told a tab that joined after its events', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    a.stream().open();
    a.stream().send(presenceEvent('1'), presenceEvent('2'));
    const b = world.openTab('b');
    b.listen();
    await until(() => expect(b.status()).toBe('online'));
    expect(b.ids()).toEqual([]);

    a.close();
    await until(() => expect(world.leaders()).toEqual(['b']));
    expect(b.stream().request.lastEventId).toBe('2');
    expect(b.resyncs).not.toHaveBeenCalled();
  });

  it('does not lead when the lock comes just as its listeners leave', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    const stopB = b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));
    // The lock passes to b, and b stops before the lock's callback runs.
    const grant = world.fakeLocks.deferGrants();
    a.close();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(0));
    expect(world.fakeLocks.held()).toEqual(['parley-tabs/3 http://parley.test wk_demo anonymous']);
    stopB();
    grant();
    await until(() => expect(world.fakeLocks.held()).toEqual([]));
    expect(b.fake.streams).toHaveLength(0);
    expect(world.leaders()).toEqual([]);
  });

  it('hands the connection over when the leader tab’s listeners all leave', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    const stopA = a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    a.stream().open();
    b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));
    stopA();
    expect(a.status()).toBe('connecting');
    await until(() => expect(world.leaders()).toEqual(['b']));
  });

  it('after a takeover with no id to resume from, every tab resyncs', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    const c = world.openTab('c');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    b.listen();
    c.listen();
    a.stream().open();
    await until(() => expect([b.status(), c.status()]).toEqual(['online', 'online']));
    a.close();
    await until(() => expect(world.leaders()).toHaveLength(1));
    const leader = world.leaders()[0] === 'b' ? b : c;
    const follower = leader === b ? c : b;
    expect(leader.stream().request.lastEventId).toBeUndefined();
    expect(leader.resyncs).toHaveBeenCalledTimes(2); // and when it first connected
    await until(() => expect(follower.resyncs).toHaveBeenCalledTimes(2)); // and when a first connected
  });

  it('relays a resync, and followers carry on from the reset’s id', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    b.listen();
    a.stream().open();
    a.stream().send(presenceEvent('90'));
    await until(() => expect(b.ids()).toEqual(['90']));
    a.stream().send(resetEvent('10'), presenceEvent('11'));
    expect(a.resyncs).toHaveBeenCalledTimes(2); // and when it first connected
    await until(() => expect(b.ids()).toEqual(['90', '11']));
    expect(b.resyncs).toHaveBeenCalledTimes(2); // and when a first connected
    expect(a.ids()).toEqual(['90', '11']);
  });

  it('stops waiting for the lock when a follower’s listeners all leave', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    const stopB = b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));
    stopB();
    expect(world.fakeLocks.waitingCount()).toBe(0);
    a.close();
    await until(() => expect(world.fakeLocks.held()).toEqual([]));
    expect(world.leaders()).toEqual([]);
    expect(b.fake.streams).toHaveLength(0);
  });

  it('keeps identities apart: another person’s tab has its own connection', async () => {
    const world = createWorld();
    const a = world.openTab('a', { identityKey: () => 'ctc_ada' });
    const b = world.openTab('b', { identityKey: () => 'ctc_bob' });
    a.listen();
    b.listen();
    await until(() => expect(world.leaders()).toEqual(['a', 'b']));
    a.stream().send(presenceEvent('5'));
    const c = world.openTab('c', { identityKey: () => 'ctc_bob' });
    c.listen();
    b.stream().send(presenceEvent('6'));
    await until(() => expect(c.ids()).toEqual(['6']));
    expect(b.ids()).toEqual(['6']);
    expect(a.ids()).toEqual(['5']);
    expect(c.fake.streams).toHaveLength(0);
  });

  it('restarts for a new identity, forgetting the previous person’s last id', async () => {
    let identity = 'anonymous';
    const world = createWorld();
    const a = world.openTab('a', { identityKey: () => identity });
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    const first = a.stream();
    first.open();
    first.send(presenceEvent('30'));
    a.feed.restart();
    expect(first.aborted()).toBe(false);

    identity = 'ctc_ada';
    a.feed.restart();
    expect(first.aborted()).toBe(true);
    expect(a.status()).toBe('connecting');
    await until(() => expect(a.streams()).toHaveLength(1));
    expect(a.stream().request.lastEventId).toBeUndefined();
    expect(world.fakeLocks.held()).toEqual(['parley-tabs/3 http://parley.test wk_demo ctc_ada']);
    a.stream().send(presenceEvent('3'));
    expect(a.ids()).toEqual(['30', '3']);
  });

  it('ignores messages on the channel that are not its own', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    b.listen();
    await until(() => expect(world.fakeLocks.waitingCount()).toBe(1));
    const intruder = new BroadcastChannel('parley-tabs/3 http://parley.test wk_demo');
    // A resync with no id to resume from is taken.
    const resync: TabMessage = { i: 'anonymous', s: 'online', l: undefined, e: undefined };
    intruder.postMessage(resync);
    for (const junk of [
      null,
      'logout',
      { i: 'anonymous', s: 'online', e: { id: 7 } },
      { i: 'anonymous', s: 'online', e: { type: 'reset', id: 7 } },
      { i: 'anonymous', e: presenceEvent('7') },
      { i: 'ctc_other', s: 'online', e: presenceEvent('9') },
      { i: 'anonymous', s: 'hacked', l: '100' },
      // A last id that is no string is not taken (else 8 would be old), nor one with a junk status above.
      { i: 'anonymous', s: 'online', l: 42 },
      { x: 'format-disk' },
      { x: ['logout'] },
    ]) {
      intruder.postMessage(junk);
    }
    // Valid events are taken, each id once.
    for (const id of ['8', '8', '9']) {
      const valid: TabMessage = { i: 'anonymous', s: 'online', l: id, e: presenceEvent(id) };
      intruder.postMessage(valid);
    }
    intruder.close();
    await until(() => expect(b.ids()).toEqual(['8', '9']));
    expect(b.resyncs).toHaveBeenCalledTimes(1);
    expect(b.statuses).not.toContain('hacked');
    expect(b.signals).toEqual([]);
    expect(a.ids()).toEqual([]);
  });

  it('keeps delivering to every listener when one throws', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const uncaught = vi.fn();
    const realQueueMicrotask = globalThis.queueMicrotask;
    vi.stubGlobal('queueMicrotask', (callback: () => void) =>
      realQueueMicrotask(() => {
        try {
          callback();
        } catch (error) {
          uncaught(error);
        }
      }),
    );
    a.feed.subscribe({
      onEvent(event) {
        if (event.id === '1') throw new Error('listener bug');
      },
    });
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    a.stream().open();
    a.stream().send(presenceEvent('1'), presenceEvent('2'));
    expect(a.ids()).toEqual(['1', '2']);
    await until(() => expect(uncaught).toHaveBeenCalledWith(new Error('listener bug')));
    expect(a.status()).toBe('online');
    expect(a.fake.streams).toHaveLength(1);
  });

  it('reports the errors of the connection it holds', async () => {
    const world = createWorld();
    const onError = vi.fn();
    const a = world.openTab('a', { onError });
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    a.stream().fail(new ParleyError('server', 'Bad gateway', { status: 502 }));
    await until(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'server' })));
  });
});

describe('createRealtimeFeed signals between tabs', () => {
  it('sends logout and changed to the other tabs only, with or without realtime listeners', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const b = world.openTab('b');
    const c = world.openTab('c');
    a.feed.tabs.post('logout');
    await until(() => expect(b.signals).toEqual(['logout']));
    await until(() => expect(c.signals).toEqual(['logout']));
    b.listen();
    b.feed.tabs.post('changed');
    await until(() => expect(a.signals).toEqual(['changed']));
    await until(() => expect(c.signals).toEqual(['logout', 'changed']));
    expect(b.signals).toEqual(['logout']);
  });

  it('reaches tabs of another identity of the same widget, and no other widget', async () => {
    const world = createWorld();
    const a = world.openTab('a', { identityKey: () => 'ctc_ada' });
    const b = world.openTab('b', { identityKey: () => 'anonymous' });
    const other = world.openTab('other', { widgetKey: 'wk_other' });
    a.feed.tabs.post('changed');
    await until(() => expect(b.signals).toEqual(['changed']));
    b.feed.tabs.post('logout');
    await until(() => expect(a.signals).toEqual(['logout']));
    expect(other.signals).toEqual([]);
  });

  it('sends a signal from a tab that listens to none', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const lifetime = new AbortController();
    cleanups.push(() => lifetime.abort());
    const b = createRealtimeFeed({
      backend: a.fake.backend,
      baseUrl,
      widgetKey,
      getToken: async () => 'token',
      identityKey: () => 'anonymous',
      signal: lifetime.signal,
    });
    b.tabs.post('logout');
    await until(() => expect(a.signals).toEqual(['logout']));
  });
});

describe('createRealtimeFeed without the APIs it shares with', () => {
  it('connects in every tab when Web Locks are missing, still sharing signals', async () => {
    const world = createWorld({ locks: false });
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    b.listen();
    await until(() => expect(world.leaders()).toEqual(['a', 'b']));
    a.stream().send(presenceEvent('1'));
    b.stream().send(presenceEvent('1'));
    expect(a.ids()).toEqual(['1']);
    expect(b.ids()).toEqual(['1']);
    a.feed.tabs.post('logout');
    await until(() => expect(b.signals).toEqual(['logout']));
  });

  it('connects in every tab when BroadcastChannel is missing', async () => {
    const world = createWorld({ channel: false });
    const a = world.openTab('a');
    const b = world.openTab('b');
    a.listen();
    b.listen();
    await until(() => expect(world.leaders()).toEqual(['a', 'b']));
    expect(world.fakeLocks.held()).toEqual([]);
    expect(() => a.feed.tabs.post('logout')).not.toThrow();
  });

  it('connects on its own when the lock is refused (a sandboxed frame)', async () => {
    const world = createWorld();
    const a = world.openTab('a');
    const refuse = vi
      .spyOn(world.fakeLocks.locks, 'request')
      .mockRejectedValue(new DOMException('Access denied', 'SecurityError'));
    a.listen();
    await until(() => expect(world.leaders()).toEqual(['a']));
    expect(refuse).toHaveBeenCalledTimes(1);
  });

  it('starts and stops with its listeners, and is done for good once its signal aborts', async () => {
    const world = createWorld({ locks: false });
    const a = world.openTab('a');
    const stop = a.listen();
    await until(() => expect(a.streams()).toHaveLength(1));
    a.stream().open();
    expect(a.status()).toBe('online');
    stop();
    stop();
    expect(a.streams()).toHaveLength(0);
    expect(a.status()).toBe('connecting');
    a.listen();
    await until(() => expect(a.streams()).toHaveLength(1));
    a.stream().open();
    a.close();
    expect(a.streams()).toHaveLength(0);
    // A destroyed client's stores keep their last value.
    expect(a.status()).toBe('online');
    a.listen();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(a.fake.streams).toHaveLength(2);
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

    const world = createWorld();
    const tab = world.openTab('a', {
      backend: createHttpBackend({ baseUrl, fetch: flakyFetch }),
      getToken: async () => session.token,
    });
    tab.listen();
    await until(() => expect(tab.status()).toBe('online'));
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
    expect(tab.resyncs).toHaveBeenCalledTimes(1); // when it first connected
  });
});
