import { http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '../backend/createHttpBackend';
import { createClient } from '../createClient';
import { createOutbox } from '../outbox/createOutbox';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import { createTestRuntime } from '../testing/createTestRuntime';
import { setupParleyTestServer, testBaseUrl } from '../testing/setupParleyTestServer';
import { untilSnapshot } from '../testing/untilSnapshot';
import { createConversations } from './createConversations';

const { server, teamReply } = setupParleyTestServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Conversations over a runtime whose realtime feed the test controls (events are delivered only by push). */
function setup() {
  const runtime = createTestRuntime({ baseUrl: testBaseUrl });
  const conversations = createConversations(runtime, {
    outbox: createOutbox(createMemoryStorage()),
    collectContext: () => ({}),
  });
  return { runtime, conversations };
}

describe('conversation catch-up', () => {
  it('shows a reply the team sent after the conversation loaded but before the stream opened', async () => {
    let openStream!: () => void;
    const streamHeld = new Promise<void>((resolve) => {
      openStream = resolve;
    });
    // The event stream is slow to open; answering nothing, the handler hands the request on to the engine.
    server.use(http.get(`${testBaseUrl}/v1/events`, () => streamHeld));
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const { id } = await client.conversations.create({ text: 'Hello' });
    const store = client.conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready' && s.messages.length === 1);

    await teamReply(id, 'Sent while the stream was opening');
    openStream();
    const shown = await untilSnapshot(store, (s) =>
      s.messages.some((m) => m.text === 'Sent while the stream was opening'),
    );
    expect(shown.messages.filter((m) => m.text === 'Sent while the stream was opening')).toHaveLength(1);
    stop();
    client.destroy();
  });

  it('reloads what it missed after a resync (a reset), without duplicates', async () => {
    const { runtime, conversations } = setup();
    const { id } = await conversations.create({ text: 'Hello' });
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready' && s.messages.length === 1);

    // The team answers twice while the events are lost (nothing is pushed to the feed).
    await teamReply(id, 'First answer');
    await teamReply(id, 'Second answer');
    expect(store.getSnapshot().messages.map((m) => m.text)).toEqual(['Hello']);

    runtime.feed.resync();
    const caughtUp = await untilSnapshot(store, (s) => s.messages.some((m) => m.text === 'Second answer'));
    const texts = caughtUp.messages.filter((m) => m.author.kind !== 'system').map((m) => m.text);
    expect(texts).toEqual(['Hello', 'First answer', 'Second answer']);
    expect(new Set(caughtUp.messages.map((m) => m.id)).size).toBe(caughtUp.messages.length);
    stop();
    runtime.destroy();
    conversations.destroy();
  });

  it('keeps the older pages of the list it already showed when it reloads after a resync', async () => {
    const http = createHttpBackend({ baseUrl: testBaseUrl });
    const answered: Array<() => void> = [];
    // The backend answers two conversations a page; the test hears of each answer.
    const backend = {
      ...http,
      listConversations: async (
        query: { cursor?: string },
        call: Parameters<typeof http.listConversations>[1],
      ) => {
        const page = await http.listConversations({ ...query, limit: 2 }, call);
        answered.shift()?.();
        return page;
      },
    };
    const runtime = createTestRuntime({ baseUrl: testBaseUrl, backend });
    const conversations = createConversations(runtime, {
      outbox: createOutbox(createMemoryStorage()),
      collectContext: () => ({}),
    });
    for (const text of ['One', 'Two', 'Three']) await conversations.create({ text });
    const { list } = conversations;
    const stop = list.subscribe(() => {});
    await untilSnapshot(list, (s) => s.status === 'ready' && s.conversations.length === 2 && s.hasMore);
    await list.loadMore();
    expect(list.getSnapshot().conversations).toHaveLength(3);

    const reloaded = new Promise<void>((resolve) => answered.push(resolve));
    runtime.feed.resync();
    await reloaded;
    // The answer is applied in the promise callbacks that follow it: all of them run before the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(list.getSnapshot().conversations.map((c) => c.lastMessage?.text)).toEqual(['Three', 'Two', 'One']);
    expect(list.getSnapshot().hasMore).toBe(false);
    stop();
    runtime.destroy();
    conversations.destroy();
  });

  it('loads the next page asked for during a reload once the reload is done', async () => {
    const http = createHttpBackend({ baseUrl: testBaseUrl });
    const backend = {
      ...http,
      listConversations: (query: { cursor?: string }, call: Parameters<typeof http.listConversations>[1]) =>
        http.listConversations({ ...query, limit: 2 }, call),
    };
    const runtime = createTestRuntime({ baseUrl: testBaseUrl, backend });
    const conversations = createConversations(runtime, {
      outbox: createOutbox(createMemoryStorage()),
      collectContext: () => ({}),
    });
    for (const text of ['One', 'Two', 'Three']) await conversations.create({ text });
    const { list } = conversations;
    const stop = list.subscribe(() => {});
    await untilSnapshot(list, (s) => s.status === 'ready' && s.conversations.length === 2);

    runtime.feed.resync();
    await list.loadMore();
    expect(list.getSnapshot().conversations.map((c) => c.lastMessage?.text)).toEqual(['Three', 'Two', 'One']);
    stop();
    runtime.destroy();
    conversations.destroy();
  });

  it('applies a pushed event once even when it arrives twice', async () => {
    const { runtime, conversations } = setup();
    const { id } = await conversations.create({ text: 'Hello' });
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready');
    const reply = await teamReply(id, 'Only once');
    const event = {
      id: '9001',
      type: 'message.created' as const,
      data: { conversationId: id, message: reply },
    };
    runtime.feed.push(event);
    runtime.feed.push({ ...event, id: '9002' });
    const snapshot = await untilSnapshot(store, (s) => s.messages.some((m) => m.text === 'Only once'));
    expect(snapshot.messages.filter((m) => m.id === reply.id)).toHaveLength(1);
    stop();
    runtime.destroy();
    conversations.destroy();
  });
});
