import type { RealtimeEvent } from '@parley/contract';
import { type Backend, createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { type ChatwootBackendOptions, chatwootBackend } from './chatwootBackend';
import { createFakeChatwoot } from './testing/createFakeChatwoot';

// Node 20 has no global WebSocket: the `ws` package's, as a browser's.
const WebSocket = NodeWebSocket as unknown as typeof globalThis.WebSocket;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fake Chatwoot, the adapter on it, and core's real client on the adapter. */
async function setup(
  fakeOptions: Parameters<typeof createFakeChatwoot>[0] = {},
  adapterOptions: Partial<ChatwootBackendOptions> = {},
) {
  const chatwoot = await createFakeChatwoot({ pingIntervalMs: 100, ...fakeOptions });
  cleanups.push(() => chatwoot.close());
  const backend = chatwootBackend({
    baseUrl: chatwoot.url,
    inboxIdentifier: chatwoot.inboxIdentifier,
    WebSocket,
    pingTimeoutMs: 1_000,
    timeoutMs: 2_000,
    ...adapterOptions,
  });
  const client = createClient({
    baseUrl: chatwoot.url,
    widgetKey: 'chatwoot',
    backend,
    storage: createMemoryStorage(),
  });
  cleanups.push(() => client.destroy());
  return { chatwoot, backend, client };
}

/** Resolves with the first snapshot of `store` that `predicate` accepts (waiting at most 5 s). */
function until<T>(
  store: { getSnapshot(): T; subscribe(cb: () => void): () => void },
  predicate: (value: T) => boolean,
) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`Timed out; last snapshot: ${JSON.stringify(store.getSnapshot()).slice(0, 1500)}`));
    }, 5_000);
    const check = () => {
      const value = store.getSnapshot();
      if (!predicate(value)) return;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve(value);
    };
    const stop = store.subscribe(check);
    check();
  });
}

/** Waits until `check` passes (polling the fake's records). */
async function eventually(check: () => void, ms = 5_000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** The conversation's store, subscribed (realtime on) until the test ends. */
function watch(client: ParleyClient, id: string) {
  const store = client.conversations.get(id);
  cleanups.push(store.subscribe(() => {}));
  return store;
}

const chatwootId = (id: string) => Number(id.replace(/^cnv_/, ''));

describe('chatwootBackend against a fake Chatwoot, through core', () => {
  it('starts a visitor as a Chatwoot contact and resumes it from its token', async () => {
    const { chatwoot, backend } = await setup();
    const session = await backend.createSession({ widgetKey: 'chatwoot' });
    expect(session.contact).toMatchObject({ kind: 'visitor', userId: null });
    expect(chatwoot.contacts()).toHaveLength(1);
    const resumed = await backend.createSession({ widgetKey: 'chatwoot', resumeToken: session.resumeToken });
    expect(resumed.contact.id).toBe(session.contact.id);
    expect(chatwoot.contacts()).toHaveLength(1);
    // A token Chatwoot does not know: a new visitor, no error.
    const fresh = await backend.createSession({ widgetKey: 'chatwoot', resumeToken: 'gone,unknown-source' });
    expect(fresh.contact.id).not.toBe(session.contact.id);
  });

  it('identifies with identifier_hash: verified, and sees the user conversations from another device', async () => {
    const { chatwoot, client } = await setup();
    const hash = chatwoot.identifierHash('user-42');
    // The user wrote from another device before.
    const other = createClient({
      baseUrl: chatwoot.url,
      widgetKey: 'chatwoot',
      backend: chatwootBackend({
        baseUrl: chatwoot.url,
        inboxIdentifier: chatwoot.inboxIdentifier,
        WebSocket,
      }),
      storage: createMemoryStorage(),
    });
    cleanups.push(() => other.destroy());
    await other.session.identify({ userId: 'user-42', hash, email: 'ada@example.com', name: 'Ada' });
    await other.conversations.create({ text: 'From my phone' });

    const contact = await client.session.identify({ userId: 'user-42', hash, name: 'Ada' });
    expect(contact).toMatchObject({ kind: 'user', userId: 'user-42', name: 'Ada', email: 'ada@example.com' });
    const [stored] = chatwoot.contacts().filter((item) => item.identifier === 'user-42');
    expect(stored?.contactInboxes.every((inbox) => inbox.hmacVerified)).toBe(true);
    const list = client.conversations.list;
    cleanups.push(list.subscribe(() => {}));
    const shown = await until(list, (state) => state.status === 'ready');
    expect(shown.conversations.map((item) => item.lastMessage?.text)).toEqual(['From my phone']);
  });

  it('refuses a hash that does not verify as forbidden (identity_verification_failed), keeping the visitor', async () => {
    const { client } = await setup();
    const before = await client.conversations.create({ text: 'Hi' });
    const error = await client.session
      .identify({ userId: 'user-42', hash: 'f'.repeat(64) })
      .catch((caught) => caught);
    expect(error).toMatchObject({ code: 'forbidden', problemCode: 'identity_verification_failed' });
    expect(client.session.visitor.getSnapshot().contact?.kind).toBe('visitor');
    expect((await client.conversations.get(before.id).getSnapshot()).conversation).toBeDefined();
  });

  it('on an inbox that enforces identity validation, waits with no contact until identified', async () => {
    const { chatwoot, client } = await setup(
      { inboxes: [{ hmacMandatory: true }] },
      { identityVerification: 'required' },
    );
    const list = client.conversations.list;
    cleanups.push(list.subscribe(() => {}));
    // No contact yet (Chatwoot would refuse an anonymous one): no conversations, and a quiet connection.
    expect((await until(list, (state) => state.status === 'ready')).conversations).toEqual([]);
    await until(client.connection, (status) => status === 'online');
    expect(chatwoot.contacts()).toHaveLength(0);
    expect(chatwoot.socketCount()).toBe(0);
    // As Chatwoot does, the fake refuses an anonymous contact on this inbox.
    const anonymous = await fetch(
      `${chatwoot.url}/public/api/v1/inboxes/${chatwoot.inboxIdentifier}/contacts`,
      {
        method: 'POST',
      },
    );
    expect(anonymous.status).toBe(500);
    await expect(client.conversations.create({ text: 'Hi' })).rejects.toMatchObject({
      code: 'forbidden',
      problemCode: 'identity_required',
    });
    await expect(client.session.identify({ userId: 'user-7' })).rejects.toMatchObject({
      code: 'forbidden',
      problemCode: 'identity_verification_required',
    });
    expect(chatwoot.contacts()).toHaveLength(0);
    // Identified: a verified contact, its room, and a conversation the agent answers live.
    await client.session.identify({ userId: 'user-7', hash: chatwoot.identifierHash('user-7') });
    expect(chatwoot.contacts()).toHaveLength(1);
    const { id } = await client.conversations.create({ text: 'Hi, signed in now' });
    const store = watch(client, id);
    await eventually(() => expect(chatwoot.socketCount()).toBe(1));
    await until(client.connection, (status) => status === 'online');
    chatwoot.agentReply(chatwootId(id), 'Welcome back');
    await until(store, (state) => state.messages.some((message) => message.text === 'Welcome back'));
  });

  it('resumes a session with no contact yet as such, with no request', async () => {
    const { chatwoot, backend } = await setup(
      { inboxes: [{ hmacMandatory: true }] },
      { identityVerification: 'required' },
    );
    const first = await backend.createSession({ widgetKey: 'chatwoot' });
    const again = await backend.createSession({ widgetKey: 'chatwoot', resumeToken: first.resumeToken });
    expect(again).toMatchObject({ token: first.token, contact: { kind: 'visitor', userId: null } });
    expect(chatwoot.requests()).toEqual([]);
  });

  it('sends a message exactly once when Chatwoot stored it but its answer was lost', async () => {
    const { chatwoot, client } = await setup();
    const { id } = await client.conversations.create({ text: 'First' });
    const store = watch(client, id);
    await until(store, (state) => state.status === 'ready');
    // Stored and broadcast, then the connection dies before the answer: core retries the POST.
    chatwoot.dropAnswerAfterCommit('POST', /\/messages$/);
    await client.conversations.send(id, { text: 'Only once, please' });
    const shown = await until(store, (state) =>
      state.messages.some((message) => message.text === 'Only once, please' && message.state === 'sent'),
    );
    const stored = chatwoot
      .messages(chatwootId(id))
      .filter((message) => message.content === 'Only once, please');
    expect(stored).toHaveLength(1);
    expect(shown.messages.filter((message) => message.text === 'Only once, please')).toHaveLength(1);
    expect(chatwoot.requests().filter((request) => request.status === 'dropped')).toHaveLength(1);
  });

  it('recovers from a lost answer without the websocket, by reading the latest page', async () => {
    const { chatwoot, backend } = await setup();
    const session = await backend.createSession({ widgetKey: 'chatwoot' });
    const call = { token: session.token };
    const conversation = await backend.createConversation({}, { ...call, idempotencyKey: 'create-1' });
    chatwoot.dropAnswerAfterCommit('POST', /\/messages$/);
    const request = { clientMessageId: 'cm_lost', text: 'Same text' };
    await expect(backend.sendMessage(conversation.id, request, call)).rejects.toMatchObject({
      code: 'network',
    });
    const again = await backend.sendMessage(conversation.id, request, call);
    expect(again).toMatchObject({
      clientMessageId: 'cm_lost',
      text: 'Same text',
      author: { kind: 'visitor' },
    });
    // Another message with the same text is a new message.
    await backend.sendMessage(conversation.id, { clientMessageId: 'cm_other', text: 'Same text' }, call);
    const stored = chatwoot
      .messages(chatwootId(conversation.id))
      .filter((message) => message.content === 'Same text');
    expect(stored.map((message) => message.echoId)).toEqual(['cm_lost', 'cm_other']);
    const posts = chatwoot
      .requests()
      .filter((item) => item.method === 'POST' && item.path.endsWith('/messages'));
    expect(posts).toHaveLength(2);
  });

  it('creates a conversation once when the answer to its creation was lost', async () => {
    const { chatwoot, backend } = await setup();
    const { token } = await backend.createSession({ widgetKey: 'chatwoot' });
    chatwoot.dropAnswerAfterCommit('POST', /\/conversations$/);
    const call = { token, idempotencyKey: 'cm_first' };
    const request = { message: { clientMessageId: 'cm_first', text: 'Hello' } };
    await expect(backend.createConversation(request, call)).rejects.toMatchObject({ code: 'network' });
    const created = await backend.createConversation(request, call);
    expect(chatwoot.conversations()).toHaveLength(1);
    expect(created.lastMessage).toMatchObject({ text: 'Hello', clientMessageId: 'cm_first' });
  });

  it('matches the websocket echo of the visitor message: shown once, with its clientMessageId', async () => {
    const { chatwoot, client } = await setup();
    const { id } = await client.conversations.create({ text: 'Hello' });
    const store = watch(client, id);
    await until(client.connection, (status) => status === 'online');
    // The answer is slow: the echo arrives first and settles the message.
    chatwoot.delay(400, { phase: 'after' });
    const clientMessageId = await client.conversations.send(id, { text: 'Echo me' });
    const shown = await until(store, (state) =>
      state.messages.some(
        (message) => message.clientMessageId === clientMessageId && message.state === 'sent',
      ),
    );
    expect(shown.messages.filter((message) => message.text === 'Echo me')).toHaveLength(1);
    chatwoot.clearFaults();
    // Still once after the answer and the refresh of the conversation.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const later = store.getSnapshot().messages.filter((message) => message.text === 'Echo me');
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({
      clientMessageId,
      state: 'sent',
      id: expect.stringMatching(/^msg_\d+$/),
    });
  });

  it('gives an echo the clientMessageId of its echo_id, even for a message another tab sent', async () => {
    const { chatwoot, backend } = await setup();
    const { token } = await backend.createSession({ widgetKey: 'chatwoot' });
    const conversation = await backend.createConversation({}, { token, idempotencyKey: 'k' });
    const events: RealtimeEvent[] = [];
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => {
      opened = resolve;
    });
    void backend.openEvents!(
      { token, signal: controller.signal },
      { onOpen: opened, onEvent: (event) => events.push(event), onActivity() {} },
    );
    await isOpen;
    // Another tab: its own adapter, the same session.
    const otherTab = chatwootBackend({ baseUrl: chatwoot.url, inboxIdentifier: chatwoot.inboxIdentifier });
    await otherTab.sendMessage(
      conversation.id,
      { clientMessageId: 'cm_other_tab', text: 'From the other tab' },
      { token },
    );
    await eventually(() =>
      expect(events.find((event) => event.type === 'message.created')).toMatchObject({
        data: {
          conversationId: conversation.id,
          message: { clientMessageId: 'cm_other_tab', text: 'From the other tab' },
        },
      }),
    );
    // The conversation follows, read again for its counts.
    await eventually(() =>
      expect(events.find((event) => event.type === 'conversation.updated')).toMatchObject({
        data: { conversation: { id: conversation.id, lastMessage: { text: 'From the other tab' } } },
      }),
    );
  });

  it('shows agent replies, typing and the unread count from the websocket', async () => {
    const { chatwoot, client } = await setup();
    const { id } = await client.conversations.create({ text: 'Hello' });
    const store = watch(client, id);
    await until(client.connection, (status) => status === 'online');
    chatwoot.agentTyping(chatwootId(id), true);
    const typing = await until(store, (state) => state.typing.length > 0);
    expect(typing.typing[0]).toMatchObject({ kind: 'agent', name: 'Alex Agent' });
    chatwoot.agentReply(chatwootId(id), 'Hi, Alex here');
    const shown = await until(
      store,
      (state) =>
        state.messages.some((message) => message.text === 'Hi, Alex here') && state.unreadCount === 1,
    );
    expect(shown.messages.at(-1)?.author).toMatchObject({ kind: 'agent', name: 'Alex Agent' });
    expect(shown.typing).toEqual([]);
    // A private note never reaches the visitor.
    chatwoot.agentReply(chatwootId(id), 'Internal note', { private: true });
    chatwoot.agentReply(chatwootId(id), 'Public again');
    const after = await until(store, (state) =>
      state.messages.some((message) => message.text === 'Public again'),
    );
    expect(after.messages.some((message) => message.text === 'Internal note')).toBe(false);
  });

  it('after a reconnection, reloads what was missed while the socket was down (reset)', async () => {
    const { chatwoot, client } = await setup();
    const { id } = await client.conversations.create({ text: 'Hello' });
    const store = watch(client, id);
    await until(client.connection, (status) => status === 'online');
    chatwoot.agentReply(chatwootId(id), 'Before the drop');
    await until(store, (state) => state.messages.some((message) => message.text === 'Before the drop'));
    // The socket dies and cannot come back for a while; the team writes meanwhile.
    chatwoot.dropSockets({ refuseForMs: 600 });
    await until(client.connection, (status) => status !== 'online');
    chatwoot.agentReply(chatwootId(id), 'Missed while away');
    const caught = await until(store, (state) =>
      state.messages.some((message) => message.text === 'Missed while away'),
    );
    expect(caught.messages.filter((message) => message.text === 'Missed while away')).toHaveLength(1);
    expect(client.connection.getSnapshot()).toBe('online');
  });

  it('sends a reset first on a connection that resumes after an event, and none on a first one', async () => {
    const { chatwoot, backend } = await setup();
    const { token } = await backend.createSession({ widgetKey: 'chatwoot' });
    const open = (lastEventId?: string) => {
      const events: RealtimeEvent[] = [];
      const controller = new AbortController();
      let opened!: () => void;
      const isOpen = new Promise<void>((resolve) => {
        opened = resolve;
      });
      const done = backend.openEvents!(
        { token, lastEventId, signal: controller.signal },
        { onOpen: opened, onEvent: (event) => events.push(event), onActivity() {} },
      );
      return { events, isOpen, stop: () => controller.abort(), done };
    };
    const first = open();
    await first.isOpen;
    first.stop();
    await first.done;
    // Presence, as Chatwoot sends it on subscribing; no reset.
    expect(first.events.map((event) => event.type)).toEqual(['agent.presence']);
    const again = open('1790000000000000');
    await again.isOpen;
    expect(again.events[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      type: 'reset',
      data: { reason: 'unknown_id' },
    });
    expect(BigInt(again.events[0]!.id)).toBeGreaterThan(1_790_000_000_000_000n);
    again.stop();
    await again.done;
    await eventually(() => expect(chatwoot.socketCount()).toBe(0));
  });

  it('asks core to count a socket silent for pingTimeoutMs as dead, and core reopens it', async () => {
    // Chatwoot pings every 60 s here: the 1 s window of setup() passes with no frame.
    const { chatwoot, backend, client } = await setup({ pingIntervalMs: 60_000 });
    const { token } = await backend.createSession({ widgetKey: 'chatwoot' });
    const windows: (number | undefined)[] = [];
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    const direct = backend.openEvents!(
      { token, signal: controller.signal },
      { onOpen: (heartbeatMs) => windows.push(heartbeatMs), onEvent() {}, onActivity() {} },
    );
    await eventually(() => expect(windows).toEqual([1_000]));
    controller.abort();
    await direct;
    // Through core: once online, the silent socket is closed after 1 s and another one opened.
    const { id } = await client.conversations.create({ text: 'Hello' });
    watch(client, id);
    await until(client.connection, (status) => status === 'online');
    await until(client.connection, (status) => status !== 'online');
    await until(client.connection, (status) => status === 'online');
    await eventually(() => expect(chatwoot.socketCount()).toBe(1));
  });

  it('rejects a room Chatwoot refuses as unauthorized', async () => {
    const { backend } = await setup();
    const handlers = { onOpen() {}, onEvent() {}, onActivity() {} };
    const refused = backend.openEvents!({ token: 'unknown-pubsub,unknown-source' }, handlers);
    await expect(refused).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('sends attachments with the message, as multipart, and shows them', async () => {
    const { chatwoot, client } = await setup();
    const { id } = await client.conversations.create({ text: 'Hello' });
    const store = watch(client, id);
    await until(store, (state) => state.status === 'ready');
    const files = [
      { blob: new Blob(['%PDF-1.4 invoice'], { type: 'application/pdf' }), name: 'invoice 7.pdf' },
      { blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), name: 'shot.png' },
    ];
    await client.conversations.send(id, { text: 'Two files', files });
    const shown = await until(store, (state) =>
      state.messages.some((message) => message.text === 'Two files' && message.state === 'sent'),
    );
    const [stored] = chatwoot.messages(chatwootId(id)).filter((message) => message.content === 'Two files');
    expect(stored?.attachments.map((file) => [file.fileName, file.contentType, file.fileSize])).toEqual([
      ['invoice 7.pdf', 'application/pdf', 16],
      ['shot.png', 'image/png', 4],
    ]);
    const message = shown.messages.find((item) => item.text === 'Two files');
    expect(message?.attachments.map((file) => [file.name, file.contentType, file.size])).toEqual([
      ['invoice 7.pdf', 'application/octet-stream', 16],
      ['shot.png', 'image/png', 4],
    ]);
    const download = await fetch(message!.attachments[1]!.url);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
    // One request: no separate upload.
    expect(
      chatwoot.requests().filter((request) => request.method === 'POST' && /messages$/.test(request.path)),
    ).toHaveLength(2);
  });

  it('rates a resolved conversation through the CSAT survey, and refuses before', async () => {
    const { chatwoot, client } = await setup({ inboxes: [{ csatSurveyEnabled: true }] });
    const { id } = await client.conversations.create({ text: 'Hello' });
    await expect(client.conversations.rate(id, { score: 5 })).rejects.toMatchObject({
      code: 'conflict',
      problemCode: 'conversation_not_resolved',
    });
    chatwoot.resolve(chatwootId(id));
    const rated = await client.conversations.rate(id, { score: 4, comment: 'Quick' });
    expect(rated).toMatchObject({ status: 'resolved', rating: { score: 4, comment: 'Quick' } });
    expect(chatwoot.csatResponses()).toEqual([
      expect.objectContaining({ conversationId: chatwootId(id), rating: 4, feedbackMessage: 'Quick' }),
    ]);
  });

  it('reports tickets and the knowledge base as not offered, and leaves their members out', async () => {
    const { client, backend } = await setup();
    const config = await client.config();
    expect(config.capabilities).toMatchObject({ tickets: false, knowledgeBase: false, conversations: true });
    const absent: (keyof Backend)[] = [
      'listTickets',
      'createTicket',
      'lookupTicket',
      'searchArticles',
      'getArticle',
      'sendArticleFeedback',
      'pollEvents',
    ];
    for (const name of absent) expect(backend[name]).toBeUndefined();
    await expect(client.articles.search('refund')).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('maps Chatwoot failures to ParleyError codes', async () => {
    const { chatwoot, backend } = await setup();
    const { token } = await backend.createSession({ widgetKey: 'chatwoot' });
    chatwoot.failNext(1, 429);
    await expect(backend.listConversations({}, { token })).rejects.toMatchObject({
      code: 'rate_limited',
      status: 429,
    });
    chatwoot.failNext(1, 503);
    await expect(backend.listConversations({}, { token })).rejects.toMatchObject({ code: 'server' });
    await expect(backend.getConversation('cnv_999', { token })).rejects.toMatchObject({ code: 'not_found' });
    chatwoot.failNext(1, 200, '<html>not json</html>');
    await expect(backend.listConversations({}, { token })).rejects.toMatchObject({
      code: 'invalid_response',
    });
    chatwoot.failNext(1, 200, { not: 'a list' });
    await expect(backend.listConversations({}, { token })).rejects.toMatchObject({
      code: 'invalid_response',
    });
    chatwoot.delay(500);
    const controller = new AbortController();
    const aborted = backend.listConversations({}, { token, signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'aborted' });
    const slow = chatwootBackend({
      baseUrl: chatwoot.url,
      inboxIdentifier: chatwoot.inboxIdentifier,
      timeoutMs: 50,
    });
    await expect(slow.listConversations({}, { token })).rejects.toMatchObject({ code: 'timeout' });
    chatwoot.clearFaults();
    await chatwoot.close();
    await expect(backend.listConversations({}, { token })).rejects.toMatchObject({ code: 'network' });
  });

  it('pages messages backwards by Chatwoot id', async () => {
    const { chatwoot, backend } = await setup();
    const { token } = await backend.createSession({ widgetKey: 'chatwoot' });
    const conversation = await backend.createConversation({}, { token, idempotencyKey: 'k' });
    for (let index = 1; index <= 25; index++)
      chatwoot.agentReply(chatwootId(conversation.id), `Reply ${index}`);
    const latest = await backend.listMessages(conversation.id, {}, { token });
    expect(latest.data.map((message) => message.text)).toEqual(
      Array.from({ length: 20 }, (_, index) => `Reply ${index + 6}`),
    );
    const older = await backend.listMessages(conversation.id, { before: latest.nextCursor! }, { token });
    expect(older.data.map((message) => message.text)).toEqual([
      'Reply 1',
      'Reply 2',
      'Reply 3',
      'Reply 4',
      'Reply 5',
    ]);
    expect(older.nextCursor).toBeNull();
    await expect(backend.listMessages(conversation.id, { before: 'x&y' }, { token })).rejects.toMatchObject({
      code: 'invalid_request',
      problemCode: 'invalid_cursor',
    });
  });
});
