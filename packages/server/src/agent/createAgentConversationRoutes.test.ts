import {
  AgentConversation,
  AgentConversationPage,
  type Conversation,
  type EventPart,
  Message,
  MessagePage,
  OutboxEmailPage,
  Problem,
  RealtimeEvent,
  RedeemedLink,
  type Session,
} from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';

const AGENT_TOKEN = 'agent-token-for-tests';
const DAY = 24 * 60 * 60 * 1000;

async function expectProblem(response: Response, status: number, code: string): Promise<Problem> {
  const body = (await response.json()) as Problem;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expectContract(Problem, body);
  return body;
}

describe.each(storeKinds)('the agent conversation API on %s storage', (kind) => {
  let engine: TestEngine;
  let visitor: Session;
  afterEach(() => engine.close());

  async function start(settings: Record<string, unknown> = {}): Promise<void> {
    engine = await createTestEngine(kind, {
      settings: { agentToken: AGENT_TOKEN, demoBot: false, ...settings },
    });
    visitor = await engine.startSession();
  }

  function agent(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return engine.request(method, `/v1/agent${path}`, {
      token: AGENT_TOKEN,
      headers,
      ...(body === undefined ? {} : { body }),
    });
  }

  async function open(text = 'Hello', session = visitor): Promise<Conversation> {
    const response = await engine.request('POST', '/v1/conversations', {
      token: session.token,
      body: { message: { clientMessageId: crypto.randomUUID(), text } },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Conversation;
  }

  async function reply(conversationId: string, body: Record<string, unknown>): Promise<Message> {
    const response = await agent('POST', `/conversations/${conversationId}/messages`, body);
    expect(response.status).toBe(201);
    const message = (await response.json()) as Message;
    expectContract(Message, message);
    return message;
  }

  async function inboxItem(conversationId: string): Promise<AgentConversation> {
    const response = await agent('GET', `/conversations/${conversationId}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as AgentConversation;
    expectContract(AgentConversation, body);
    return body;
  }

  async function timeline(conversationId: string): Promise<Message[]> {
    const response = await agent('GET', `/conversations/${conversationId}/messages`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as MessagePage;
    expectContract(MessagePage, page);
    return page.data;
  }

  async function eventsOf(audience: string) {
    const list = await engine.store.events.after(audience, 0, 1000);
    for (const event of list) expectContract(RealtimeEvent, event);
    return list;
  }

  async function outbox(query = ''): Promise<OutboxEmailPage> {
    const response = await agent('GET', `/outbox${query}`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as OutboxEmailPage;
    expectContract(OutboxEmailPage, page);
    return page;
  }

  async function giveEmail(session: Session, email: string): Promise<void> {
    const response = await engine.request('PATCH', '/v1/session/contact', {
      token: session.token,
      body: { email },
    });
    expect(response.status).toBe(200);
  }

  const timelineEvents = (messages: Message[]) =>
    messages.flatMap((message) =>
      message.parts.filter((part): part is EventPart => part.type === 'event').map((part) => part.event),
    );

  it('is closed without the agent token', async () => {
    await start();
    const conversation = await open();
    for (const token of [undefined, visitor.token]) {
      const response = await engine.request('GET', `/v1/agent/conversations/${conversation.id}`, {
        ...(token === undefined ? {} : { token }),
      });
      await expectProblem(response, 401, 'unauthorized');
    }
  });

  describe('the inbox', () => {
    it('lists every contact’s conversations with the contact, filtered by status and widget', async () => {
      await start();
      const first = await open('First');
      const other = await engine.startSession();
      await giveEmail(other, 'ada@example.com');
      const second = await open('Second', other);
      engine.clock.advance(1000);
      await agent('PUT', `/conversations/${first.id}/status`, { status: 'resolved' });

      const response = await agent('GET', '/conversations');
      const page = (await response.json()) as AgentConversationPage;
      expectContract(AgentConversationPage, page);
      expect(page.data.map((item) => item.conversation.id)).toEqual([first.id, second.id]);
      expect(page.data[1]).toMatchObject({
        widgetKey: 'wk_demo',
        contact: { id: other.contact.id, kind: 'visitor', email: 'ada@example.com' },
        visitorOnline: false,
      });

      const open_ = (await (
        await agent('GET', '/conversations?status=open')
      ).json()) as AgentConversationPage;
      expect(open_.data.map((item) => item.conversation.id)).toEqual([second.id]);
      const resolved = (await (
        await agent('GET', '/conversations?status=resolved')
      ).json()) as AgentConversationPage;
      expect(resolved.data.map((item) => item.conversation.id)).toEqual([first.id]);
      const elsewhere = (await (
        await agent('GET', '/conversations?widgetKey=wk_verified')
      ).json()) as AgentConversationPage;
      expect(elsewhere.data).toEqual([]);

      const firstPage = (await (
        await agent('GET', '/conversations?limit=1')
      ).json()) as AgentConversationPage;
      expect(firstPage.data.map((item) => item.conversation.id)).toEqual([first.id]);
      const next = (await (
        await agent('GET', `/conversations?limit=1&cursor=${firstPage.nextCursor}`)
      ).json()) as AgentConversationPage;
      expect(next).toMatchObject({ data: [{ conversation: { id: second.id } }], nextCursor: null });

      await expectProblem(await agent('GET', '/conversations?status=pending'), 400, 'invalid_request');
      await expectProblem(await agent('GET', '/conversations?cursor=nope!'), 400, 'invalid_cursor');
      await expectProblem(await agent('GET', '/conversations?limit=500'), 400, 'invalid_request');
      await expectProblem(await agent('GET', '/conversations/cnv_unknown'), 404, 'conversation_not_found');
      await expectProblem(await agent('DELETE', '/conversations'), 405, 'method_not_allowed');
    });

    it('says whether the visitor is connected right now', async () => {
      await start();
      const conversation = await open();
      expect((await inboxItem(conversation.id)).visitorOnline).toBe(false);
      const abort = new AbortController();
      const stream = await engine.app.fetch(
        new Request('http://127.0.0.1/v1/events', {
          headers: { Authorization: `Bearer ${visitor.token}` },
          signal: abort.signal,
        }),
      );
      expect(stream.status).toBe(200);
      expect((await inboxItem(conversation.id)).visitorOnline).toBe(true);
      abort.abort();
      await stream.body?.cancel();
      expect((await inboxItem(conversation.id)).visitorOnline).toBe(false);
    });

    it('pages messages like the visitor API', async () => {
      await start();
      const conversation = await open('One');
      for (const text of ['Two', 'Three']) {
        await engine.request('POST', `/v1/conversations/${conversation.id}/messages`, {
          token: visitor.token,
          body: { clientMessageId: crypto.randomUUID(), text },
        });
      }
      const latest = (await (
        await agent('GET', `/conversations/${conversation.id}/messages?limit=2`)
      ).json()) as MessagePage;
      expect(latest.data.map((message) => message.text)).toEqual(['Two', 'Three']);
      const older = (await (
        await agent('GET', `/conversations/${conversation.id}/messages?limit=2&before=${latest.nextCursor}`)
      ).json()) as MessagePage;
      expect(older).toMatchObject({ data: [{ text: 'One' }], nextCursor: null });
      await expectProblem(
        await agent('GET', `/conversations/${conversation.id}/messages?before=bogus`),
        400,
        'invalid_cursor',
      );
    });
  });

  describe('replying', () => {
    it('assigns the conversation to the first person who answers, with an assigned event', async () => {
      await start();
      const conversation = await open('Can someone help?');
      const first = await reply(conversation.id, { text: 'Of course!' });
      expect(first.author).toEqual({ kind: 'agent', id: null, name: 'Lumen Support', avatarUrl: null });
      const named = await reply(conversation.id, {
        text: 'Taking a look now.',
        author: { name: 'Mia', avatarUrl: 'https://lumen.example/mia.png' },
      });
      expect(named.author).toEqual({
        kind: 'agent',
        id: null,
        name: 'Mia',
        avatarUrl: 'https://lumen.example/mia.png',
      });

      const messages = await timeline(conversation.id);
      expect(messages.map((message) => message.author.kind)).toEqual(['visitor', 'system', 'agent', 'agent']);
      expect(messages[1]?.parts).toEqual([{ type: 'event', event: 'assigned', assignee: first.author }]);
      const item = await inboxItem(conversation.id);
      expect(item.conversation.assignee).toEqual(first.author);
      expect(item.conversation.unreadCount).toBe(2);

      for (const audience of [visitor.contact.id, 'team']) {
        const created = (await eventsOf(audience)).filter((event) => event.type === 'message.created');
        expect(created.map((event) => (event.data as { message: Message }).message.id)).toEqual(
          messages.map((message) => message.id),
        );
      }
    });

    it('stores a reply once per clientMessageId, and replays Idempotency-Keys', async () => {
      await start();
      const conversation = await open();
      const body = { text: 'Hi there', clientMessageId: 'inbox-1' };
      const stored = await reply(conversation.id, body);
      const again = await agent('POST', `/conversations/${conversation.id}/messages`, body);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(stored);
      await expectProblem(
        await agent('POST', `/conversations/${conversation.id}/messages`, { ...body, text: 'Changed' }),
        422,
        'idempotency_key_reused',
      );

      const headers = { 'Idempotency-Key': 'agent-key-1' };
      const keyed = await agent(
        'POST',
        `/conversations/${conversation.id}/messages`,
        { text: 'Once' },
        headers,
      );
      const replay = await agent(
        'POST',
        `/conversations/${conversation.id}/messages`,
        { text: 'Once' },
        headers,
      );
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await replay.json()).toEqual(await keyed.json());
      expect((await timeline(conversation.id)).filter((message) => message.text === 'Once')).toHaveLength(1);
    });

    it('refuses an empty reply and unknown conversations', async () => {
      await start();
      const conversation = await open();
      const problem = await expectProblem(
        await agent('POST', `/conversations/${conversation.id}/messages`, { text: ' ' }),
        422,
        'validation_failed',
      );
      expect(problem.errors?.[0]?.pointer).toBe('/text');
      const withParts = await agent('POST', `/conversations/${conversation.id}/messages`, {
        text: '',
        parts: [
          { type: 'card', title: 'Plans', text: null, imageUrl: null, url: 'https://lumen.example/pricing' },
        ],
      });
      expect(withParts.status).toBe(201);
      await expectProblem(
        await agent('POST', '/conversations/cnv_unknown/messages', { text: 'Hi' }),
        404,
        'conversation_not_found',
      );
    });
  });

  describe('status, read state and typing', () => {
    it('resolves and reopens with timeline events, and changes nothing when the status is the same', async () => {
      await start();
      const conversation = await open();
      const setStatus = async (status: string) => {
        const response = await agent('PUT', `/conversations/${conversation.id}/status`, { status });
        expect(response.status).toBe(200);
        const body = (await response.json()) as AgentConversation;
        expectContract(AgentConversation, body);
        return body;
      };
      expect((await setStatus('resolved')).conversation.status).toBe('resolved');
      await setStatus('resolved');
      expect((await setStatus('open')).conversation.status).toBe('open');
      expect(timelineEvents(await timeline(conversation.id))).toEqual(['resolved', 'reopened']);
      const updates = (await eventsOf(visitor.contact.id)).filter(
        (event) => event.type === 'conversation.updated',
      );
      expect(updates.at(-1)?.data).toMatchObject({ conversation: { id: conversation.id, status: 'open' } });
      await expectProblem(
        await agent('PUT', `/conversations/${conversation.id}/status`, { status: 'closed' }),
        422,
        'validation_failed',
      );
    });

    it('marks the team’s read position and tells the visitor', async () => {
      await start();
      const conversation = await open('Are you there?');
      const messageId = conversation.lastMessage!.id;
      const response = await agent('POST', `/conversations/${conversation.id}/read`, { messageId });
      expect(response.status).toBe(204);
      expect((await inboxItem(conversation.id)).conversation.lastReadByTeam).toBe(messageId);
      const visitorView = await engine.request('GET', `/v1/conversations/${conversation.id}`, {
        token: visitor.token,
      });
      expect(((await visitorView.json()) as Conversation).lastReadByTeam).toBe(messageId);
      const reads = (await eventsOf(visitor.contact.id)).filter((event) => event.type === 'read');
      expect(reads.map((event) => event.data)).toEqual([
        { conversationId: conversation.id, reader: 'team', messageId },
      ]);
      await expectProblem(
        await agent('POST', `/conversations/${conversation.id}/read`, { messageId: 'msg_unknown' }),
        422,
        'validation_failed',
      );
    });

    it('publishes typing to the visitor as the assigned person', async () => {
      await start();
      const conversation = await open();
      await reply(conversation.id, { text: 'Hi', author: { name: 'Mia' } });
      const response = await agent('POST', `/conversations/${conversation.id}/typing`, { typing: true });
      expect(response.status).toBe(204);
      const typing = (await eventsOf(visitor.contact.id)).filter((event) => event.type === 'typing');
      expect(typing.map((event) => event.data)).toEqual([
        {
          conversationId: conversation.id,
          participant: { kind: 'agent', id: null, name: 'Mia', avatarUrl: null },
          typing: true,
        },
      ]);
    });
  });

  describe('the email outbox', () => {
    it('emails a reply to a visitor who is away, with a link that opens the conversation once', async () => {
      await start();
      await giveEmail(visitor, 'ada@example.com');
      const conversation = await open('My export is empty');
      await reply(conversation.id, { text: 'Could you try again from **Settings**?' });

      const page = await outbox();
      expect(page.nextCursor).toBeNull();
      expect(page.data).toHaveLength(1);
      const email = page.data[0]!;
      expect(email).toMatchObject({
        widgetKey: 'wk_demo',
        to: 'ada@example.com',
        subject: 'New reply from Lumen',
        conversationId: conversation.id,
        createdAt: new Date(engine.clock.now()).toISOString(),
        linkExpiresAt: new Date(engine.clock.now() + 7 * DAY).toISOString(),
        usedAt: null,
      });
      expect(email.id).toMatch(/^eml_/);
      expect(email.link).toMatch(/^http:\/\/127\.0\.0\.1\/\?parley_link=[A-Za-z0-9_-]{40,}$/);
      expect(email.text).toContain('Could you try again from **Settings**?');
      expect(email.text).toContain(email.link);

      const linkToken = new URL(email.link).searchParams.get('parley_link')!;
      const redeem = () =>
        engine.request('POST', '/v1/session/link', { body: { widgetKey: 'wk_demo', linkToken } });
      const redeemed = await redeem();
      expect(redeemed.status).toBe(201);
      const link = (await redeemed.json()) as RedeemedLink;
      expectContract(RedeemedLink, link);
      expect(link.conversationId).toBe(conversation.id);
      expect(link.session.contact.id).toBe(visitor.contact.id);
      const opened = await engine.request('GET', `/v1/conversations/${conversation.id}`, {
        token: link.session.token,
      });
      expect(opened.status).toBe(200);
      expect((await outbox()).data[0]?.usedAt).toBe(new Date(engine.clock.now()).toISOString());

      await expectProblem(await redeem(), 410, 'link_expired');
    });

    it('lets a link expire after linkTtlMs', async () => {
      await start({ linkTtlMs: 60_000, publicUrl: 'https://lumen.example/help' });
      await giveEmail(visitor, 'ada@example.com');
      const conversation = await open();
      await reply(conversation.id, { text: 'Hello!' });
      const email = (await outbox()).data[0]!;
      expect(email.link).toMatch(/^https:\/\/lumen\.example\/help\?parley_link=/);
      engine.clock.advance(60_000);
      const linkToken = new URL(email.link).searchParams.get('parley_link')!;
      await expectProblem(
        await engine.request('POST', '/v1/session/link', { body: { widgetKey: 'wk_demo', linkToken } }),
        410,
        'link_expired',
      );
    });

    it('sends nothing to a visitor without an email or one who is connected', async () => {
      await start();
      const anonymous = await open();
      await reply(anonymous.id, { text: 'Hello?' });
      expect((await outbox()).data).toEqual([]);

      await giveEmail(visitor, 'ada@example.com');
      const abort = new AbortController();
      const stream = await engine.app.fetch(
        new Request('http://127.0.0.1/v1/events', {
          headers: { Authorization: `Bearer ${visitor.token}` },
          signal: abort.signal,
        }),
      );
      await reply(anonymous.id, { text: 'You are here!' });
      expect((await outbox()).data).toEqual([]);
      abort.abort();
      await stream.body?.cancel();

      await reply(anonymous.id, { text: 'And now you are gone.' });
      expect((await outbox()).data.map((email) => email.text)).toEqual([
        expect.stringContaining('now you are gone'),
      ]);
    });

    it('lists emails newest first, a page at a time', async () => {
      await start();
      await giveEmail(visitor, 'ada@example.com');
      const conversation = await open();
      for (const text of ['one', 'two', 'three']) {
        await reply(conversation.id, { text });
        engine.clock.advance(1000);
      }
      const first = await outbox('?limit=2');
      expect(first.data.map((email) => email.text.split('\n')[2])).toEqual(['three', 'two']);
      const rest = await outbox(`?limit=2&cursor=${first.nextCursor}`);
      expect(rest.data.map((email) => email.text.split('\n')[2])).toEqual(['one']);
      expect(rest.nextCursor).toBeNull();
      await expectProblem(await agent('GET', '/outbox?cursor=%%'), 400, 'invalid_cursor');
    });
  });
});
