import {
  type Attachment,
  Conversation,
  ConversationPage,
  type EventPart,
  Message,
  MessagePage,
  Problem,
  RealtimeEvent,
  type Session,
} from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleFiles, uploadFile } from '../attachments/attachmentFixtures';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';

async function expectProblem(response: Response, status: number, code: string): Promise<Problem> {
  const body = (await response.json()) as Problem;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expectContract(Problem, body);
  return body;
}

describe.each(storeKinds)('visitor conversations on %s storage', (kind) => {
  let engine: TestEngine;
  let session: Session;
  afterEach(() => engine.close());

  // Without the demo bot, so that timelines hold only what the test writes.
  async function start(): Promise<void> {
    engine = await createTestEngine(kind, { settings: { demoBot: false, agentToken: 'agent-token' } });
    session = await engine.startSession();
  }

  async function createConversation(body: unknown = {}, token = session.token): Promise<Conversation> {
    const response = await engine.request('POST', '/v1/conversations', { token, body });
    expect(response.status).toBe(201);
    const conversation = (await response.json()) as Conversation;
    expectContract(Conversation, conversation);
    return conversation;
  }

  async function send(conversationId: string, body: Record<string, unknown>, token = session.token) {
    return engine.request('POST', `/v1/conversations/${conversationId}/messages`, { token, body });
  }

  async function sendText(conversationId: string, text: string, clientMessageId = crypto.randomUUID()) {
    const response = await send(conversationId, { clientMessageId, text });
    expect(response.status).toBe(201);
    const message = (await response.json()) as Message;
    expectContract(Message, message);
    return message;
  }

  async function messagesPage(conversationId: string, query = '', token = session.token) {
    const response = await engine.request('GET', `/v1/conversations/${conversationId}/messages${query}`, {
      token,
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as MessagePage;
    expectContract(MessagePage, page);
    return page;
  }

  async function getConversation(conversationId: string): Promise<Conversation> {
    const response = await engine.request('GET', `/v1/conversations/${conversationId}`, {
      token: session.token,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Conversation;
  }

  function agent(method: string, path: string, body?: unknown) {
    return engine.request(method, `/v1/agent${path}`, {
      token: 'agent-token',
      ...(body === undefined ? {} : { body }),
    });
  }

  async function events(audience: 'team' | string) {
    const list = await engine.store.events.after(audience, 0, 1000);
    for (const event of list) expectContract(RealtimeEvent, event);
    return list;
  }

  describe('starting and listing', () => {
    it('starts a conversation with its context and first message, and lists it', async () => {
      await start();
      const context = { pageUrl: 'https://lumen.example/pricing', locale: 'en', recentSearches: ['refund'] };
      const conversation = await createConversation({
        message: { clientMessageId: 'first-1', text: 'Can I get a refund?' },
        context,
      });
      expect(conversation).toMatchObject({
        status: 'open',
        assignee: null,
        context,
        unreadCount: 0,
        rating: null,
        lastReadByTeam: null,
        lastMessage: {
          clientMessageId: 'first-1',
          text: 'Can I get a refund?',
          author: { kind: 'visitor', id: session.contact.id },
        },
      });
      expect(conversation.id).toMatch(/^cnv_/);
      expect(conversation.lastMessage?.id).toMatch(/^msg_/);
      expect(conversation.createdAt).toBe(new Date(engine.clock.now()).toISOString());

      const list = await engine.request('GET', '/v1/conversations', { token: session.token });
      const page = (await list.json()) as ConversationPage;
      expectContract(ConversationPage, page);
      expect(page).toEqual({ data: [conversation], nextCursor: null });
    });

    it('starts an empty conversation without a message', async () => {
      await start();
      const conversation = await createConversation();
      expect(conversation).toMatchObject({ lastMessage: null, context: {}, unreadCount: 0 });
      expect((await messagesPage(conversation.id)).data).toEqual([]);
    });

    it('lists the most recently updated first, a page at a time', async () => {
      await start();
      const created: Conversation[] = [];
      for (let index = 0; index < 5; index += 1) {
        created.push(await createConversation());
        engine.clock.advance(1000);
      }
      // A new message moves the oldest conversation to the front.
      await sendText(created[0]!.id, 'Still there?');
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '?limit=2' : `?limit=2&cursor=${cursor}`;
        const response = await engine.request('GET', `/v1/conversations${query}`, { token: session.token });
        const page = (await response.json()) as ConversationPage;
        expectContract(ConversationPage, page);
        expect(page.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.data.map((conversation) => conversation.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen).toEqual([created[0], created[4], created[3], created[2], created[1]].map((c) => c!.id));
    });

    it('shows nobody else’s conversations: another contact gets 404, like an unknown id', async () => {
      await start();
      const mine = await createConversation({ message: { clientMessageId: 'a', text: 'Private' } });
      const stranger = await engine.startSession();
      const list = await engine.request('GET', '/v1/conversations', { token: stranger.token });
      expect(await list.json()).toEqual({ data: [], nextCursor: null });

      const paths = [
        ['GET', `/v1/conversations/${mine.id}`, undefined],
        ['GET', `/v1/conversations/${mine.id}/messages`, undefined],
        ['POST', `/v1/conversations/${mine.id}/messages`, { clientMessageId: 'x', text: 'Hi' }],
        ['POST', `/v1/conversations/${mine.id}/typing`, { typing: true }],
        ['POST', `/v1/conversations/${mine.id}/read`, { messageId: mine.lastMessage!.id }],
        ['PUT', `/v1/conversations/${mine.id}/rating`, { score: 1 }],
      ] as const;
      for (const [method, path, body] of paths) {
        const foreign = await engine.request(method, path, { token: stranger.token, body });
        const unknown = await engine.request(method, path.replace(mine.id, 'cnv_doesNotExist'), {
          token: session.token,
          body,
        });
        const foreignProblem = await expectProblem(foreign, 404, 'conversation_not_found');
        expect(await expectProblem(unknown, 404, 'conversation_not_found')).toEqual(foreignProblem);
      }
      expect((await messagesPage(mine.id)).data).toHaveLength(1);
    });

    it('needs a session, and answers other methods with 405', async () => {
      await start();
      await expectProblem(await engine.request('GET', '/v1/conversations'), 401, 'unauthorized');
      const conversation = await createConversation();
      const response = await engine.request('DELETE', `/v1/conversations/${conversation.id}`, {
        token: session.token,
      });
      await expectProblem(response, 405, 'method_not_allowed');
      expect(response.headers.get('Allow')).toBe('GET');
    });

    it('replays POST /conversations with the same Idempotency-Key instead of starting another', async () => {
      await start();
      const body = { message: { clientMessageId: 'k1', text: 'Hello' } };
      const headers = { 'Idempotency-Key': 'create-1' };
      const first = await engine.request('POST', '/v1/conversations', {
        token: session.token,
        body,
        headers,
      });
      const again = await engine.request('POST', '/v1/conversations', {
        token: session.token,
        body,
        headers,
      });
      expect(again.status).toBe(201);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await again.json()).toEqual(await first.json());
      const list = (await (
        await engine.request('GET', '/v1/conversations', { token: session.token })
      ).json()) as ConversationPage;
      expect(list.data).toHaveLength(1);

      const other = await engine.request('POST', '/v1/conversations', {
        token: session.token,
        body: { message: { clientMessageId: 'k2', text: 'Other' } },
        headers,
      });
      await expectProblem(other, 422, 'idempotency_key_reused');
    });

    it.each([
      ['an unknown field', { topic: 'x' }, '/'],
      [
        'a message without text or attachments',
        { message: { clientMessageId: 'a', text: '  ' } },
        '/message/text',
      ],
      [
        'a bad clientMessageId',
        { message: { clientMessageId: 'has space', text: 'Hi' } },
        '/message/clientMessageId',
      ],
    ])('refuses %s with 422 and creates nothing', async (_name, body, pointer) => {
      await start();
      const response = await engine.request('POST', '/v1/conversations', { token: session.token, body });
      const problem = await expectProblem(response, 422, 'validation_failed');
      expect(problem.errors?.map((error) => error.pointer)).toContain(pointer);
      const list = await engine.request('GET', '/v1/conversations', { token: session.token });
      expect(await list.json()).toEqual({ data: [], nextCursor: null });
    });
  });

  describe('sending messages', () => {
    it('sends a message exactly once per clientMessageId', async () => {
      await start();
      const conversation = await createConversation();
      const body = { clientMessageId: 'cm-1', text: 'My sync is stuck' };
      const first = await send(conversation.id, body);
      expect(first.status).toBe(201);
      const stored = (await first.json()) as Message;
      expectContract(Message, stored);
      expect(stored).toMatchObject({ conversationId: conversation.id, clientMessageId: 'cm-1', parts: [] });

      const retry = await send(conversation.id, body);
      expect(retry.status).toBe(200);
      expect(await retry.json()).toEqual(stored);

      await expectProblem(
        await send(conversation.id, { clientMessageId: 'cm-1', text: 'Something else' }),
        422,
        'idempotency_key_reused',
      );
      expect((await messagesPage(conversation.id)).data.map((message) => message.id)).toEqual([stored.id]);

      // The same clientMessageId in another conversation is another message.
      const other = await createConversation();
      expect((await send(other.id, body)).status).toBe(201);
    });

    it('follows the Idempotency-Key rules too', async () => {
      await start();
      const conversation = await createConversation();
      const headers = { 'Idempotency-Key': 'send-1' };
      const path = `/v1/conversations/${conversation.id}/messages`;
      const body = { clientMessageId: 'a1', text: 'Hi' };
      const first = await engine.request('POST', path, { token: session.token, body, headers });
      expect(first.status).toBe(201);
      const replay = await engine.request('POST', path, { token: session.token, body, headers });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
      const reused = await engine.request('POST', path, {
        token: session.token,
        body: { clientMessageId: 'a2', text: 'Hi' },
        headers,
      });
      await expectProblem(reused, 422, 'idempotency_key_reused');
    });

    it('needs text or attachments', async () => {
      await start();
      const conversation = await createConversation();
      const problem = await expectProblem(
        await send(conversation.id, { clientMessageId: 'e1', text: '', attachmentIds: [] }),
        422,
        'validation_failed',
      );
      expect(problem.errors).toEqual([{ pointer: '/text', detail: expect.any(String) }]);
      await expectProblem(
        await send(conversation.id, { clientMessageId: 'e2', text: 'x'.repeat(10001) }),
        422,
        'validation_failed',
      );
    });

    it('carries the contact’s own uploads, and refuses unknown or foreign attachment ids', async () => {
      await start();
      const conversation = await createConversation();
      const upload = await uploadFile(engine, session.token, sampleFiles.png, 'image/png', 'screenshot.png');
      const attachment = (await upload.json()) as Attachment;
      const stranger = await engine.startSession();
      const foreign = (await (
        await uploadFile(engine, stranger.token, sampleFiles.pdf, 'application/pdf', 'theirs.pdf')
      ).json()) as Attachment;

      const sent = await send(conversation.id, {
        clientMessageId: 'f1',
        text: '',
        attachmentIds: [attachment.id],
      });
      expect(sent.status).toBe(201);
      const message = (await sent.json()) as Message;
      expectContract(Message, message);
      expect(message.attachments).toEqual([attachment]);
      // A signed link a browser opens without the bearer token.
      expect(message.attachments[0]?.url).toMatch(
        new RegExp(`^/v1/attachments/${attachment.id}/content\\?expires=\\d+&signature=[\\w-]{43}$`),
      );
      const download = await engine.request('GET', message.attachments[0]?.url ?? '');
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(sampleFiles.png);

      for (const ids of [
        [attachment.id, foreign.id],
        [attachment.id, 'att_doesNotExist'],
      ]) {
        const problem = await expectProblem(
          await send(conversation.id, { clientMessageId: 'f2', text: 'and this', attachmentIds: ids }),
          422,
          'validation_failed',
        );
        expect(problem.errors).toEqual([{ pointer: '/attachmentIds/1', detail: expect.any(String) }]);
      }
    });

    it('signs a fresh download link each time a message is read, by the visitor or the team', async () => {
      await start();
      const conversation = await createConversation();
      const upload = await uploadFile(engine, session.token, sampleFiles.png, 'image/png', 'screenshot.png');
      const { id } = (await upload.json()) as Attachment;
      const sent = (await (
        await send(conversation.id, { clientMessageId: 'f1', text: 'see', attachmentIds: [id] })
      ).json()) as Message;
      const downloads = async (url: string | undefined) => {
        const response = await engine.request('GET', url ?? '/missing');
        return (
          response.status === 200 && (await response.arrayBuffer()).byteLength === sampleFiles.png.length
        );
      };
      expect(await downloads(sent.attachments[0]?.url)).toBe(true);

      engine.clock.advance(20 * 60 * 1000);
      expect(await downloads(sent.attachments[0]?.url)).toBe(false);
      const page = await messagesPage(conversation.id);
      const fromTeam = (await (await agent('GET', `/conversations/${conversation.id}/messages`)).json()) as {
        data: Message[];
      };
      const urls = [
        page.data.at(-1)?.attachments[0]?.url,
        (await getConversation(conversation.id)).lastMessage?.attachments[0]?.url,
        fromTeam.data.at(-1)?.attachments[0]?.url,
      ];
      for (const url of urls) {
        expect(url).not.toBe(sent.attachments[0]?.url);
        expect(await downloads(url)).toBe(true);
      }
    });

    it('publishes each message and the conversation to the visitor and to the team', async () => {
      await start();
      const conversation = await createConversation();
      const message = await sendText(conversation.id, 'Hello?');
      for (const audience of [session.contact.id, 'team']) {
        const list = await events(audience);
        const created = list.filter((event) => event.type === 'message.created');
        expect(created.map((event) => event.data)).toEqual([{ conversationId: conversation.id, message }]);
        const updated = list.filter((event) => event.type === 'conversation.updated').at(-1);
        expect(updated?.data).toMatchObject({ conversation: { id: conversation.id, lastMessage: message } });
      }
    });

    it('reopens a resolved conversation, with a reopened event first', async () => {
      await start();
      const conversation = await createConversation();
      await sendText(conversation.id, 'Thanks, all good');
      expect(
        (await agent('PUT', `/conversations/${conversation.id}/status`, { status: 'resolved' })).status,
      ).toBe(200);
      expect((await getConversation(conversation.id)).status).toBe('resolved');

      const again = await sendText(conversation.id, 'Actually, one more thing');
      const after = await getConversation(conversation.id);
      expect(after.status).toBe('open');
      const timeline = (await messagesPage(conversation.id)).data;
      expect(
        timeline
          .slice(-2)
          .map((message) =>
            message.parts[0]?.type === 'event' ? (message.parts[0] as EventPart).event : message.text,
          ),
      ).toEqual(['reopened', again.text]);
      expect(timeline.at(-2)?.author.kind).toBe('system');
    });
  });

  describe('message pages', () => {
    async function conversationWith(count: number): Promise<{ id: string; ids: string[] }> {
      const conversation = await createConversation();
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        ids.push((await sendText(conversation.id, `Message ${index}`)).id);
      }
      return { id: conversation.id, ids };
    }

    it('gives the latest page in chronological order and walks back with before', async () => {
      await start();
      const { id, ids } = await conversationWith(7);
      const latest = await messagesPage(id, '?limit=3');
      expect(latest.data.map((message) => message.id)).toEqual(ids.slice(4));
      const older = await messagesPage(id, `?limit=3&before=${latest.nextCursor}`);
      expect(older.data.map((message) => message.id)).toEqual(ids.slice(1, 4));
      const oldest = await messagesPage(id, `?limit=3&before=${older.nextCursor}`);
      expect(oldest).toEqual({ data: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    });

    it('defaults to 50 messages and never gives more than 100', async () => {
      await start();
      const { id, ids } = await conversationWith(55);
      const page = await messagesPage(id);
      expect(page.data.map((message) => message.id)).toEqual(ids.slice(5));
      expect(page.nextCursor).not.toBeNull();
      for (const limit of ['0', '101', 'abc', '1.5', '-1']) {
        await expectProblem(
          await engine.request('GET', `/v1/conversations/${id}/messages?limit=${limit}`, {
            token: session.token,
          }),
          400,
          'invalid_request',
        );
      }
    });

    it('scrolls forward again with after: newer pages, then null once caught up', async () => {
      await start();
      const { id, ids } = await conversationWith(7);
      const latest = await messagesPage(id, '?limit=2');
      const older = await messagesPage(id, `?limit=2&before=${latest.nextCursor}`);
      const oldest = await messagesPage(id, `?limit=2&before=${older.nextCursor}`);
      expect(oldest.data.map((message) => message.id)).toEqual(ids.slice(1, 3));

      const forward = await messagesPage(id, `?limit=2&after=${oldest.nextCursor}`);
      expect(forward.data.map((message) => message.id)).toEqual(ids.slice(3, 5));
      expect(forward.nextCursor).not.toBeNull();
      const last = await messagesPage(id, `?limit=2&after=${forward.nextCursor}`);
      expect(last).toEqual({
        data: ids.slice(5).map((messageId) => expect.objectContaining({ id: messageId })),
        nextCursor: null,
      });

      // Messages that arrive later are picked up with the newest cursor the client holds.
      const newer = await sendText(id, 'Newer');
      const caughtUp = await messagesPage(id, `?after=${forward.nextCursor}`);
      expect(caughtUp.data.map((message) => message.id)).toEqual([...ids.slice(5), newer.id]);
      expect(caughtUp.nextCursor).toBeNull();
      // The latest page's own cursor, used forward, gives what came after that page.
      expect(
        (await messagesPage(id, `?after=${latest.nextCursor}`)).data.map((message) => message.id),
      ).toEqual([newer.id]);
    });

    it('refuses malformed, forged and misused cursors with 400 invalid_cursor', async () => {
      await start();
      const { id } = await conversationWith(4);
      const other = await conversationWith(2);
      const latest = await messagesPage(id, '?limit=2');
      const otherLatest = await messagesPage(other.id, '?limit=1');
      const forged = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
      const valid = JSON.parse(atob(latest.nextCursor!.replaceAll('-', '+').replaceAll('_', '/'))) as object;
      for (const query of [
        '?before=not-a-cursor!',
        '?before=e30',
        `?before=${forged({ ...valid, o: 999999 })}`,
        `?after=${forged({ ...valid, n: 999999 })}`,
        `?before=${forged({ ...valid, o: 1.5 })}`,
        `?before=${forged([valid])}`,
        `?before=${otherLatest.nextCursor}`,
        `?after=${otherLatest.nextCursor}`,
        '?before=%20',
      ]) {
        const response = await engine.request('GET', `/v1/conversations/${id}/messages${query}`, {
          token: session.token,
        });
        await expectProblem(response, 400, 'invalid_cursor');
      }
      await expectProblem(
        await engine.request(
          'GET',
          `/v1/conversations/${id}/messages?before=${latest.nextCursor}&after=${latest.nextCursor}`,
          { token: session.token },
        ),
        400,
        'invalid_request',
      );
      await expectProblem(
        await engine.request('GET', '/v1/conversations?cursor=%%%', { token: session.token }),
        400,
        'invalid_cursor',
      );
    });
  });

  describe('typing, read state and rating', () => {
    it('publishes typing to the team only', async () => {
      await start();
      const conversation = await createConversation();
      const response = await engine.request('POST', `/v1/conversations/${conversation.id}/typing`, {
        token: session.token,
        body: { typing: true },
      });
      expect(response.status).toBe(204);
      const typing = (await events('team')).filter((event) => event.type === 'typing');
      expect(typing.map((event) => event.data)).toEqual([
        {
          conversationId: conversation.id,
          participant: { kind: 'visitor', id: session.contact.id, name: 'Visitor', avatarUrl: null },
          typing: true,
        },
      ]);
      expect((await events(session.contact.id)).some((event) => event.type === 'typing')).toBe(false);
    });

    it('counts team messages after the last read one as unread', async () => {
      await start();
      const conversation = await createConversation();
      await sendText(conversation.id, 'Hi');
      const replies: Message[] = [];
      for (const text of ['Hello!', 'How can I help?']) {
        const response = await agent('POST', `/conversations/${conversation.id}/messages`, { text });
        expect(response.status).toBe(201);
        replies.push((await response.json()) as Message);
      }
      expect((await getConversation(conversation.id)).unreadCount).toBe(2);

      const read = (messageId: string) =>
        engine.request('POST', `/v1/conversations/${conversation.id}/read`, {
          token: session.token,
          body: { messageId },
        });
      expect((await read(replies[0]!.id)).status).toBe(204);
      expect((await getConversation(conversation.id)).unreadCount).toBe(1);
      expect((await read(replies[1]!.id)).status).toBe(204);
      expect((await getConversation(conversation.id)).unreadCount).toBe(0);
      // Reading an older message does not bring unread messages back.
      expect((await read(replies[0]!.id)).status).toBe(204);
      expect((await getConversation(conversation.id)).unreadCount).toBe(0);

      const readEvents = (await events('team')).filter((event) => event.type === 'read');
      expect(readEvents.map((event) => event.data)).toEqual([
        { conversationId: conversation.id, reader: 'visitor', messageId: replies[0]!.id },
        { conversationId: conversation.id, reader: 'visitor', messageId: replies[1]!.id },
      ]);

      const other = await createConversation({ message: { clientMessageId: 'o', text: 'Elsewhere' } });
      const problem = await expectProblem(await read(other.lastMessage!.id), 422, 'validation_failed');
      expect(problem.errors?.[0]?.pointer).toBe('/messageId');
    });

    it('rates only a resolved conversation; the first rating adds a rated event, a new one replaces it', async () => {
      await start();
      const conversation = await createConversation({ message: { clientMessageId: 'r', text: 'Help' } });
      const rate = (body: unknown) =>
        engine.request('PUT', `/v1/conversations/${conversation.id}/rating`, { token: session.token, body });
      await expectProblem(await rate({ score: 5 }), 409, 'conversation_not_resolved');

      await agent('PUT', `/conversations/${conversation.id}/status`, { status: 'resolved' });
      const first = await rate({ score: 4, comment: 'Good' });
      expect(first.status).toBe(200);
      const rated = (await first.json()) as Conversation;
      expectContract(Conversation, rated);
      expect(rated.rating).toEqual({
        score: 4,
        comment: 'Good',
        ratedAt: new Date(engine.clock.now()).toISOString(),
      });
      expect(rated.lastMessage).toMatchObject({
        author: { kind: 'system' },
        parts: [{ type: 'event', event: 'rated', score: 4 }],
      });

      engine.clock.advance(60_000);
      const second = (await (await rate({ score: 2 })).json()) as Conversation;
      expect(second.rating).toEqual({
        score: 2,
        comment: null,
        ratedAt: new Date(engine.clock.now()).toISOString(),
      });
      const ratedEvents = (await messagesPage(conversation.id)).data.filter((message) =>
        message.parts.some((part) => part.type === 'event' && part.event === 'rated'),
      );
      expect(ratedEvents).toHaveLength(1);
      await expectProblem(await rate({ score: 6 }), 422, 'validation_failed');
    });
  });

  it('moves conversations to the user a visitor identifies as', async () => {
    await start();
    const conversation = await createConversation({
      message: { clientMessageId: 'm', text: 'Before login' },
    });
    const user = await engine.startSession();
    await engine.store.conversations.reassignContact(session.contact.id, user.contact.id);
    const list = (await (
      await engine.request('GET', '/v1/conversations', { token: user.token })
    ).json()) as ConversationPage;
    expect(list.data.map((item) => item.id)).toEqual([conversation.id]);
    expect(list.data[0]?.lastMessage?.author.id).toBe(user.contact.id);
    await expectProblem(
      await engine.request('GET', `/v1/conversations/${conversation.id}`, { token: session.token }),
      404,
      'conversation_not_found',
    );
  });
});
