import { identityHash } from '@parley/server/msw';
import { IDBFactory } from 'fake-indexeddb';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ClientOptions, createClient, type ParleyClient } from '../createClient';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import type { KeyValueStorage } from '../storage/KeyValueStorage';
import { setupParleyTestServer, testBaseUrl } from '../testing/setupParleyTestServer';
import { untilSnapshot } from '../testing/untilSnapshot';
import type { ChatMessage, ConversationSnapshot } from './ConversationsApi';

const { server, teamMessages, teamReply } = setupParleyTestServer();
const clients: ParleyClient[] = [];

/** The network the clients see: when it is down, every request fails as fetch does offline. */
const network = { up: true };
/** Requests under way, but the event stream (which stays open). */
let busy = 0;
const fetchThroughNetwork: typeof fetch = (input, init) => {
  if (!network.up) return Promise.reject(new TypeError('Failed to fetch'));
  const counted = !String(input instanceof Request ? input.url : input).includes('/v1/events');
  if (counted) busy += 1;
  return fetch(input, init).finally(() => {
    if (counted) busy -= 1;
  });
};

function client(options: Partial<ClientOptions> = {}): ParleyClient {
  const created = createClient({
    baseUrl: testBaseUrl,
    widgetKey: 'wk_demo',
    fetch: fetchThroughNetwork,
    ...options,
  });
  clients.push(created);
  return created;
}

/** Makes every request to the backend fail as a dropped network does, and the browser say it is offline. */
function goOffline(): void {
  vi.stubGlobal('navigator', { onLine: false });
  network.up = false;
}

function goOnline(): void {
  vi.unstubAllGlobals();
  vi.stubGlobal('indexedDB', indexedDb);
  network.up = true;
}

/** One turn of the real event loop (fake timers leave MessageChannel alone), for the engine's I/O. */
const realTurn = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });

const texts = (messages: readonly ChatMessage[]) => messages.map((message) => message.text);
const visitorTexts = async (conversationId: string) =>
  (await teamMessages(conversationId)).filter((m) => m.author.kind === 'visitor').map((m) => m.text);

let indexedDb: IDBFactory;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  indexedDb = new IDBFactory();
  vi.stubGlobal('indexedDB', indexedDb);
});
afterEach(() => {
  network.up = true;
  for (const item of clients.splice(0)) item.destroy();
  server.resetHandlers();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('client.conversations', () => {
  it('starts a conversation whose context says where the customer was and what they searched', async () => {
    const parley = client();
    await parley.articles.search('reset password');
    const conversation = await parley.conversations.create({
      text: 'I cannot reset my password',
      context: { attributes: { plan: 'pro' } },
    });
    expect(conversation.id).toMatch(/^cnv_/);
    expect(conversation.lastMessage?.text).toBe('I cannot reset my password');
    expect(conversation.context.recentSearches).toEqual(['reset password']);
    expect(conversation.context.attributes).toEqual({ plan: 'pro' });
    expect(conversation.context.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const list = await untilSnapshot(parley.conversations.list, (s) => s.status === 'ready');
    expect(list.conversations.map((item) => item.id)).toContain(conversation.id);
  });

  it('shows a sent message as pending at once, then sent, and never twice even with the realtime echo', async () => {
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Hello' });
    const store = parley.conversations.get(id);
    const seen: ConversationSnapshot[] = [];
    const stop = store.subscribe(() => seen.push(store.getSnapshot()));
    await untilSnapshot(store, (s) => s.status === 'ready');
    await untilSnapshot(parley.connection, (status) => status === 'online');

    const clientMessageId = await parley.conversations.send(id, { text: 'Are you there?' });
    expect(store.getSnapshot().messages.at(-1)).toMatchObject({ clientMessageId, state: 'pending' });
    await untilSnapshot(store, (s) =>
      s.messages.some((m) => m.clientMessageId === clientMessageId && m.state === 'sent'),
    );
    // Give the realtime echo time to arrive, then check no snapshot ever held the message twice.
    await teamReply(id, 'Yes!');
    await untilSnapshot(store, (s) => s.messages.some((m) => m.text === 'Yes!'));
    stop();
    for (const snapshot of seen) {
      expect(snapshot.messages.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(
        snapshot.messages.some((m) => m.clientMessageId === clientMessageId) ? 1 : 0,
      );
    }
    expect(await visitorTexts(id)).toEqual(['Hello', 'Are you there?']);
  });

  it('keeps messages written offline through a reload and delivers each exactly once, in order', async () => {
    const storage = createMemoryStorage();
    const first = client({ storage });
    const { id } = await first.conversations.create({ text: 'Before the tunnel' });

    goOffline();
    const store = first.conversations.get(id);
    const stop = store.subscribe(() => {});
    for (const text of ['one', 'two', 'three']) await first.conversations.send(id, { text });
    const pending = await untilSnapshot(
      store,
      (s) => s.messages.filter((m) => m.state === 'pending').length === 3,
    );
    expect(texts(pending.messages).slice(-3)).toEqual(['one', 'two', 'three']);
    stop();
    first.destroy();

    // The page reloads: a new client over the same storage, and the network is back.
    goOnline();
    const second = client({ storage });
    const reloaded = second.conversations.get(id);
    const delivered = await untilSnapshot(
      reloaded,
      (s) => s.status === 'ready' && s.messages.length === 4 && s.messages.every((m) => m.state === 'sent'),
    );
    expect(texts(delivered.messages)).toEqual(['Before the tunnel', 'one', 'two', 'three']);
    expect(await visitorTexts(id)).toEqual(['Before the tunnel', 'one', 'two', 'three']);
  });

  it('sends the unsent messages of an earlier page once the session is back, with no other use of conversations', async () => {
    const storage = createMemoryStorage();
    const first = client({ storage });
    const { id } = await first.conversations.create({ text: 'Before the tunnel' });
    goOffline();
    await first.conversations.send(id, { text: 'written offline' });
    first.destroy();

    goOnline();
    const second = client({ storage });
    // A launcher's badge watches the visitor only: the stored session comes back, and with it the outbox.
    const stop = second.session.visitor.subscribe(() => {});
    await vi.waitFor(async () =>
      expect(await visitorTexts(id)).toEqual(['Before the tunnel', 'written offline']),
    );
    stop();
  });

  it('keeps the outbox in IndexedDB, so it survives a reload without any storage option', async () => {
    const first = client();
    const { id } = await first.conversations.create({ text: 'Start' });
    goOffline();
    await first.conversations.send(id, { text: 'kept in IndexedDB' });
    first.destroy();
    goOnline();
    const second = client();
    await untilSnapshot(second.conversations.get(id), (s) =>
      s.messages.some((m) => m.text === 'kept in IndexedDB' && m.state === 'sent'),
    );
    expect(await visitorTexts(id)).toEqual(['Start', 'kept in IndexedDB']);
  });

  it('rides out a storm of 5xx answers and sends once the backend recovers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Start' });
    let failures = 0;
    server.use(
      http.post(`${testBaseUrl}/v1/conversations/:id/messages`, () => {
        failures += 1;
        return failures <= 3 ? HttpResponse.json({ code: 'unavailable' }, { status: 503 }) : undefined;
      }),
    );
    const store = parley.conversations.get(id);
    const stop = store.subscribe(() => {});
    await parley.conversations.send(id, { text: 'through the storm' });
    const delivered = () =>
      store.getSnapshot().messages.some((m) => m.text === 'through the storm' && m.state === 'sent');
    // The clock moves only while no request is under way: the backoff waits pass, and no request times out
    // however long the engine takes in real time (under load, its I/O needs many turns of the event loop).
    for (let step = 0; step < 5_000 && !delivered(); step++) {
      if (busy > 0) await realTurn();
      else await vi.advanceTimersByTimeAsync(250);
    }
    expect(delivered()).toBe(true);
    stop();
    expect(failures).toBe(4);
    expect(await visitorTexts(id)).toEqual(['Start', 'through the storm']);
  });

  it('waits as long as Retry-After asks before sending again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Start' });
    const attempts: number[] = [];
    server.use(
      http.post(`${testBaseUrl}/v1/conversations/:id/messages`, () => {
        attempts.push(Date.now());
        return attempts.length === 1
          ? HttpResponse.json({ code: 'rate_limited' }, { status: 429, headers: { 'retry-after': '7' } })
          : undefined;
      }),
    );
    await parley.conversations.send(id, { text: 'slowly' });
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(attempts).toHaveLength(2));
    expect((attempts[1] ?? 0) - (attempts[0] ?? 0)).toBeGreaterThanOrEqual(7_000);
  });

  it('marks a message the backend refuses as failed, and still sends the ones after it', async () => {
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Start' });
    const errors: string[] = [];
    parley.on('error', ({ error }) => errors.push(error.code));
    const store = parley.conversations.get(id);
    const stop = store.subscribe(() => {});
    await parley.conversations.send(id, { text: 'x'.repeat(10_001) });
    await parley.conversations.send(id, { text: 'short one' });
    const settled = await untilSnapshot(store, (s) =>
      s.messages.some((m) => m.text === 'short one' && m.state === 'sent'),
    );
    stop();
    const refused = settled.messages.find((m) => m.text.length > 10_000);
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'invalid_request' } });
    expect(errors).toContain('invalid_request');
    expect(await visitorTexts(id)).toEqual(['Start', 'short one']);
  });

  it('retries a failed message with the same clientMessageId', async () => {
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Start' });
    server.use(
      http.post(`${testBaseUrl}/v1/conversations/:id/messages`, () =>
        HttpResponse.json({ code: 'forbidden' }, { status: 403 }),
      ),
    );
    const store = parley.conversations.get(id);
    const stop = store.subscribe(() => {});
    const clientMessageId = await parley.conversations.send(id, { text: 'again' });
    await untilSnapshot(store, (s) =>
      s.messages.some((m) => m.clientMessageId === clientMessageId && m.state === 'failed'),
    );
    server.resetHandlers();
    await parley.conversations.retry(clientMessageId);
    const after = await untilSnapshot(store, (s) =>
      s.messages.some((m) => m.clientMessageId === clientMessageId && m.state === 'sent'),
    );
    stop();
    expect(after.messages.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
    await expect(parley.conversations.retry('cm_unknown')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('receives the team’s replies live, with unread counts, and marks them read', async () => {
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Hi' });
    const unread: number[] = [];
    const messages: string[] = [];
    parley.on('unread', ({ count }) => unread.push(count));
    parley.on('message', ({ message }) => messages.push(message.text));
    const list = parley.conversations.list;
    const stop = list.subscribe(() => {});
    await untilSnapshot(list, (s) => s.status === 'ready');
    await untilSnapshot(parley.connection, (status) => status === 'online');
    await teamReply(id, 'How can I help?');
    await untilSnapshot(list, (s) => s.unreadCount === 1);
    expect(messages).toEqual(['How can I help?']);
    await parley.conversations.markRead(id, list.getSnapshot().conversations[0]?.lastMessage?.id);
    expect(list.getSnapshot().unreadCount).toBe(0);
    stop();
    expect(unread).toEqual([0, 1, 0]);
  });

  it('rejects empty messages and bad ratings with typed errors, before any request', async () => {
    const parley = client();
    await expect(parley.conversations.create({ text: '   ' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await expect(parley.conversations.send('cnv_x', { text: 42 as unknown as string })).rejects.toMatchObject(
      {
        code: 'invalid_request',
      },
    );
    await expect(parley.conversations.rate('cnv_x', { score: 6 })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });

  it('answers a rating of an open conversation with conflict, and of a resolved one with the rating', async () => {
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Hi' });
    await expect(parley.conversations.rate(id, { score: 5 })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('client.session', () => {
  it('logs out: forgets the session and the outbox in storage', async () => {
    const storage: KeyValueStorage = createMemoryStorage();
    const parley = client({ storage });
    const { id } = await parley.conversations.create({ text: 'Hi' });
    goOffline();
    await parley.conversations.send(id, { text: 'never sent' });
    expect(await storage.keys('')).toEqual(
      expect.arrayContaining(['session', expect.stringMatching(/^outbox:/)]),
    );
    goOnline();
    await parley.session.logout();
    expect(await storage.keys('')).toEqual([]);
    expect(parley.session.visitor.getSnapshot()).toMatchObject({ status: 'none', contact: null });
  });

  it('identifies a visitor with a verified hash and keeps their conversations', async () => {
    const parley = client();
    const { id } = await parley.conversations.create({ text: 'Before signing in' });
    const hash = await identityHash('demo-secret-change-me', 'user_ada');
    const contact = await parley.session.identify({ userId: 'user_ada', name: 'Ada', hash });
    expect(contact).toMatchObject({ kind: 'user', userId: 'user_ada', name: 'Ada' });

    // On another device, the same user sees the conversation.
    const elsewhere = client({ storage: createMemoryStorage() });
    await elsewhere.session.identify({ userId: 'user_ada', hash });
    const list = await untilSnapshot(elsewhere.conversations.list, (s) => s.status === 'ready');
    expect(list.conversations.map((item) => item.id)).toContain(id);
  });

  it('writes nothing to storage while consent is pending, and everything once granted', async () => {
    const storage = createMemoryStorage();
    const parley = client({ storage, consent: 'pending' });
    const { id } = await parley.conversations.create({ text: 'Hi' });
    expect(await storage.keys('')).toEqual([]);
    await parley.setConsent('granted');
    expect(await storage.keys('')).toContain('session');
    // The same visitor comes back after a reload.
    const again = client({ storage });
    const list = await untilSnapshot(again.conversations.list, (s) => s.status === 'ready');
    expect(list.conversations.map((item) => item.id)).toEqual([id]);
  });

  it('refuses a malformed identify before any request', async () => {
    const parley = client();
    await expect(parley.session.identify({ userId: '' })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(parley.session.identify({ userId: 'u', hash: 'not-hex' })).rejects.toMatchObject({
      code: 'invalid_request',
    });
  });
});
