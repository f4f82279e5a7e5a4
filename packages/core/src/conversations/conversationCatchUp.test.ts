import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
