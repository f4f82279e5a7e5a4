import type { Participant } from '@parley/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../backend/Backend';
import { createHttpBackend } from '../backend/createHttpBackend';
import { ParleyError } from '../errors/ParleyError';
import { createOutbox } from '../outbox/createOutbox';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import { createTestRuntime } from '../testing/createTestRuntime';
import { setupParleyTestServer, testBaseUrl } from '../testing/setupParleyTestServer';
import { untilSnapshot } from '../testing/untilSnapshot';
import { createConversations } from './createConversations';

const { server, teamReply, teamMessages } = setupParleyTestServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.useRealTimers();
  server.resetHandlers();
});
afterAll(() => server.close());

/** Members of the HTTP backend replaced, or left out (`undefined`: a backend without them). */
type BackendOverrides = { [K in keyof Backend]?: Backend[K] | undefined };

/** Conversations over the engine's backend with `overrides`, and a realtime feed the test pushes. */
function setup(overrides: (http: Backend) => BackendOverrides = () => ({})) {
  const http = createHttpBackend({ baseUrl: testBaseUrl });
  const runtime = createTestRuntime({ backend: { ...http, ...overrides(http) } as Backend });
  const conversations = createConversations(runtime, {
    outbox: createOutbox(createMemoryStorage()),
    collectContext: () => ({}),
  });
  return { runtime, conversations };
}

const agent: Participant = { kind: 'agent', id: 'agt_grace', name: 'Grace', avatarUrl: null };

describe('conversation details', () => {
  it("shows the team typing until their message arrives, or for 10 s, and never the customer's own", async () => {
    const { runtime, conversations } = setup();
    const { id } = await conversations.create({ text: 'Hello' });
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready');
    const reply = await teamReply(id, 'Here I am');
    const typing = (participant: Participant, on: boolean, eventId: string) =>
      runtime.feed.push({
        id: eventId,
        type: 'typing',
        data: { conversationId: id, participant, typing: on },
      });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    typing(agent, true, 't1');
    typing({ kind: 'visitor', id: null, name: '', avatarUrl: null }, true, 't2');
    expect(store.getSnapshot().typing).toEqual([agent]);
    vi.advanceTimersByTime(9_999);
    expect(store.getSnapshot().typing).toEqual([agent]);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().typing).toEqual([]);

    typing(reply.author, true, 't3');
    expect(store.getSnapshot().typing).toEqual([reply.author]);
    runtime.feed.push({ id: 'm1', type: 'message.created', data: { conversationId: id, message: reply } });
    expect(store.getSnapshot()).toMatchObject({ typing: [], answering: reply.author });
    expect(store.getSnapshot().messages.at(-1)?.text).toBe('Here I am');
    stop();
    conversations.destroy();
    runtime.destroy();
  });

  it('announces a reply that arrived before the stream connected once, from the page read, and not again', async () => {
    const { runtime, conversations } = setup();
    const { id } = await conversations.create({ text: 'Hello' });
    // The bot answers before the conversation's page is read and before any event reaches this client.
    const reply = await teamReply(id, 'Answered at once');
    const announced = () => runtime.emitted.filter((event) => event.name === 'message');
    expect(announced()).toEqual([]);
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.messages.some((message) => message.id === reply.id));
    expect(announced()).toEqual([{ name: 'message', payload: { conversationId: id, message: reply } }]);
    // Its event after all (another tab's relay), an edit of it, the conversation read again: no second one.
    runtime.feed.push({ id: 'a1', type: 'message.created', data: { conversationId: id, message: reply } });
    runtime.feed.push({
      id: 'a2',
      type: 'message.updated',
      data: { conversationId: id, message: { ...reply, text: 'Answered at once (edited)' } },
    });
    await store.refresh();
    await conversations.list.refresh();
    expect(announced()).toHaveLength(1);
    expect(store.getSnapshot().messages.filter((message) => message.id === reply.id)).toHaveLength(1);
    stop();
    conversations.destroy();
    runtime.destroy();
  });

  it('announces a reply the create itself answered with (a bot), once', async () => {
    const { runtime, conversations } = setup((http) => ({
      // The backend's bot answers within the create: its answer is the conversation's last message.
      createConversation: async (request, call) => {
        const created = await http.createConversation(request, call);
        const reply = await teamReply(created.id, 'Here are some articles');
        return { ...created, lastMessage: reply };
      },
    }));
    const { id } = await conversations.create({ text: 'Hello' });
    const announced = runtime.emitted.filter((event) => event.name === 'message');
    expect(announced).toEqual([
      {
        name: 'message',
        payload: { conversationId: id, message: expect.objectContaining({ text: 'Here are some articles' }) },
      },
    ]);
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready');
    expect(runtime.emitted.filter((event) => event.name === 'message')).toHaveLength(1);
    stop();
    conversations.destroy();
    runtime.destroy();
  });

  it('announces nothing of a conversation first seen now: its messages are history', async () => {
    const { runtime, conversations } = setup();
    const { id } = await conversations.create({ text: 'Hello' });
    await teamReply(id, 'An answer from before this page');
    // Another page load: a client that never saw this conversation opens it.
    const other = setup();
    await other.runtime.session.withToken(async () => {});
    const store = other.conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready' || s.status === 'error');
    expect(other.runtime.emitted.filter((event) => event.name === 'message')).toEqual([]);
    stop();
    for (const { conversations: item, runtime: itsRuntime } of [other, { conversations, runtime }]) {
      item.destroy();
      itsRuntime.destroy();
    }
  });

  it('tells the team the customer types at most every 3 s, and that they stopped once', async () => {
    const sent: boolean[] = [];
    const { runtime, conversations } = setup(() => ({
      setTyping: async (_conversationId, typing) => {
        sent.push(typing);
      },
    }));
    // A session exists, so that no request is needed while the clock is fake.
    await runtime.session.withToken(async () => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const keystroke = async (typing = true) => {
      conversations.setTyping('cnv_1', typing);
      await vi.advanceTimersByTimeAsync(0);
    };
    await keystroke();
    await vi.advanceTimersByTimeAsync(1_000);
    await keystroke();
    expect(sent).toEqual([true]);
    await vi.advanceTimersByTimeAsync(2_000);
    await keystroke();
    expect(sent).toEqual([true, true]);
    await keystroke(false);
    await keystroke(false);
    expect(sent).toEqual([true, true, false]);
    // Typing again after a stop is told at once; 5 s without a keystroke is a stop.
    await keystroke();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(sent).toEqual([true, true, false, true]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([true, true, false, true, false]);
    conversations.destroy();
    runtime.destroy();
  });

  it('uploads each file once, even when the message is refused and retried, and shows it meanwhile', async () => {
    const uploads: string[] = [];
    let refuse = true;
    const { runtime, conversations } = setup((http) => ({
      uploadAttachment: (file, call) => {
        uploads.push(`${file.name} ${call.idempotencyKey}`);
        return http.uploadAttachment!(file, call);
      },
      sendMessage: (conversationId, message, call) => {
        if (!refuse) return http.sendMessage(conversationId, message, call);
        refuse = false;
        return Promise.reject(new ParleyError('forbidden', 'Not now.'));
      },
    }));
    const { id } = await conversations.create({ text: 'Hello' });
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    const files = [
      new File(['first file'], 'a.txt', { type: 'text/plain' }),
      { blob: new Blob(['second'], { type: 'text/plain' }), name: 'b.txt' },
    ];
    const clientMessageId = await conversations.send(id, { text: 'Two files', files });
    const failed = await untilSnapshot(store, (s) => s.messages.some((m) => m.state === 'failed'));
    expect(failed.messages.at(-1)).toMatchObject({
      clientMessageId,
      error: { code: 'forbidden' },
      localFiles: [
        { name: 'a.txt', size: 10, type: 'text/plain' },
        { name: 'b.txt', size: 6, type: 'text/plain' },
      ],
    });
    await conversations.retry(clientMessageId);
    const sent = await untilSnapshot(store, (s) => s.messages.at(-1)?.state === 'sent');
    expect(sent.messages.at(-1)?.attachments.map((a) => a.name)).toEqual(['a.txt', 'b.txt']);
    // Each file's url is a signed link under the base URL: it opens with no session token, as a link does.
    const [first] = sent.messages.at(-1)?.attachments ?? [];
    expect(await (await fetch(`${testBaseUrl}${first?.url}`)).text()).toBe('first file');
    expect(uploads).toEqual([`a.txt ${clientMessageId}_f0`, `b.txt ${clientMessageId}_f1`]);
    expect((await teamMessages(id)).filter((m) => m.text === 'Two files')).toHaveLength(1);
    stop();
    conversations.destroy();
    runtime.destroy();
  });

  it('gives the files with the message to a backend that has no separate upload', async () => {
    const given: string[][] = [];
    const { runtime, conversations } = setup((http) => ({
      uploadAttachment: undefined,
      sendMessage: (conversationId, message, call) => {
        given.push((call.files ?? []).map((file) => `${file.name} ${file.blob.size}`));
        return http.sendMessage(conversationId, { ...message, attachmentIds: [] }, call);
      },
    }));
    const { id } = await conversations.create({ text: 'Hello' });
    const file = new File(['first file'], 'a.txt', { type: 'text/plain' });
    await conversations.send(id, { text: 'With a file', files: [file] });
    await conversations.send(id, { text: 'Without' });
    await vi.waitFor(() => expect(given).toEqual([['a.txt 10'], []]));
    conversations.destroy();
    runtime.destroy();
  });

  it('loads the latest messages again on refresh(), with the fresh attachment links of the new copies', async () => {
    let loads = 0;
    const { runtime, conversations } = setup((http) => ({
      // Stands for the backend signing a new link on every answer.
      listMessages: async (conversationId, request, call) => {
        const page = await http.listMessages(conversationId, request, call);
        loads += 1;
        const signed = (url: string) => `${url}&load=${loads}`;
        return {
          ...page,
          data: page.data.map((m) => ({
            ...m,
            attachments: m.attachments.map((a) => ({ ...a, url: signed(a.url) })),
          })),
        };
      },
    }));
    const { id } = await conversations.create({ text: 'Hello' });
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready');
    await conversations.send(id, {
      text: 'A file',
      files: [new File(['bytes'], 'a.txt', { type: 'text/plain' })],
    });
    await untilSnapshot(store, (s) => s.messages.at(-1)?.state === 'sent');
    const before = loads;
    await store.refresh();
    expect(loads).toBe(before + 1);
    expect(store.getSnapshot().messages.at(-1)?.attachments[0]?.url).toMatch(new RegExp(`&load=${loads}$`));
    stop();
    conversations.destroy();
    runtime.destroy();
  });

  it('loads older messages page by page, and shows what the team has read', async () => {
    const { runtime, conversations } = setup((http) => ({
      listMessages: (conversationId, request, call) =>
        http.listMessages(conversationId, { ...request, limit: 2 }, call),
    }));
    const { id } = await conversations.create({ text: 'one' });
    for (const text of ['two', 'three', 'four', 'five']) await teamReply(id, text);
    const all = (await teamMessages(id)).map((m) => m.id);
    expect(all).toHaveLength(6); // With the system message of the agent joining.
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    const shown = () => store.getSnapshot().messages.map((m) => m.id);
    await untilSnapshot(store, (s) => s.status === 'ready');
    expect(shown()).toEqual(all.slice(-2));
    expect(store.getSnapshot().hasOlder).toBe(true);
    await store.loadOlder();
    expect(shown()).toEqual(all.slice(-4));
    await store.loadOlder();
    expect(shown()).toEqual(all);
    expect(store.getSnapshot().hasOlder).toBe(false);

    const first = store.getSnapshot().messages[0]!;
    runtime.feed.push({
      id: 'r1',
      type: 'read',
      data: { conversationId: id, reader: 'team', messageId: first.id },
    });
    expect(store.getSnapshot().conversation?.lastReadByTeam).toBe(first.id);
    stop();
    conversations.destroy();
    runtime.destroy();
  });
  it('reads a conversation on a backend without read receipts: the count clears, the team is not told', async () => {
    const { runtime, conversations } = setup(() => ({ markRead: undefined }));
    const { id } = await conversations.create({ text: 'Hello' });
    await teamReply(id, 'Here I am');
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, (s) => s.status === 'ready' && s.unreadCount > 0);
    await conversations.markRead(id);
    expect(store.getSnapshot().unreadCount).toBe(0);
    stop();
    conversations.destroy();
    runtime.destroy();
  });

  it('keeps a read conversation read when a copy sent before the read arrives late, and counts what is newer', async () => {
    const { runtime, conversations } = setup();
    const { id } = await conversations.create({ text: 'Hello' });
    const reply = await teamReply(id, 'Here I am');
    const store = conversations.get(id);
    const stop = store.subscribe(() => {});
    const loaded = await untilSnapshot(store, (s) => s.status === 'ready' && s.unreadCount > 0);
    const before = loaded.conversation!;
    await conversations.markRead(id);
    expect(store.getSnapshot().unreadCount).toBe(0);

    // The realtime copy of the conversation from the reply, sent before the read reached the backend.
    runtime.feed.push({ id: 'e1', type: 'conversation.updated', data: { conversation: before } });
    expect(store.getSnapshot().unreadCount).toBe(0);

    // A newer message is the backend's word again.
    const later = {
      ...reply,
      id: 'msg_later',
      createdAt: new Date(Date.parse(reply.createdAt) + 1000).toISOString(),
    };
    runtime.feed.push({
      id: 'e2',
      type: 'conversation.updated',
      data: { conversation: { ...before, unreadCount: 1, lastMessage: later } },
    });
    expect(store.getSnapshot().unreadCount).toBe(1);
    stop();
  });
});
