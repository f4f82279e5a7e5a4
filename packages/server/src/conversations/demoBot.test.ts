import {
  type ArticlePart,
  Conversation,
  type EventPart,
  type Message,
  MessagePage,
  type QuickRepliesPart,
  type Session,
} from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestEngine,
  expectContract,
  storeKinds,
  type TestEngine,
  type TestEngineOptions,
} from '../testing/createTestEngine';

/** Monday 2 November 2026, 10:00 in London: the demo team is in. */
const OPEN = Date.parse('2026-11-02T10:00:00Z');
/** Sunday 8 November 2026, 10:00 in London: the demo team is away until Monday. */
const CLOSED = Date.parse('2026-11-08T10:00:00Z');

describe.each(storeKinds)('the demo bot on %s storage', (kind) => {
  let engine: TestEngine;
  let session: Session;
  afterEach(() => engine.close());

  async function start(options: TestEngineOptions = {}, widgetKey = 'wk_demo'): Promise<void> {
    engine = await createTestEngine(kind, {
      startAt: OPEN,
      ...options,
      settings: { agentToken: 'agent-token', ...options.settings },
    });
    session = await engine.startSession(widgetKey);
  }

  async function open(text: string, locale?: string): Promise<Conversation> {
    const response = await engine.request('POST', '/v1/conversations', {
      token: session.token,
      body: {
        message: { clientMessageId: crypto.randomUUID(), text },
        context: locale === undefined ? {} : { locale },
      },
    });
    expect(response.status).toBe(201);
    const conversation = (await response.json()) as Conversation;
    expectContract(Conversation, conversation);
    return conversation;
  }

  async function send(conversationId: string, text: string, quickReplyId?: string): Promise<void> {
    const response = await engine.request('POST', `/v1/conversations/${conversationId}/messages`, {
      token: session.token,
      body: {
        clientMessageId: crypto.randomUUID(),
        text,
        ...(quickReplyId === undefined ? {} : { quickReplyId }),
      },
    });
    expect(response.status).toBe(201);
  }

  async function timeline(conversationId: string): Promise<Message[]> {
    const response = await engine.request('GET', `/v1/conversations/${conversationId}/messages`, {
      token: session.token,
    });
    const page = (await response.json()) as MessagePage;
    expectContract(MessagePage, page);
    return page.data;
  }

  async function conversation(conversationId: string): Promise<Conversation> {
    const response = await engine.request('GET', `/v1/conversations/${conversationId}`, {
      token: session.token,
    });
    return (await response.json()) as Conversation;
  }

  const partsOf = <T extends Message['parts'][number]['type']>(message: Message | undefined, type: T) =>
    (message?.parts ?? []).filter((part) => part.type === type) as Extract<
      Message['parts'][number],
      { type: T }
    >[];
  const eventsOf = (messages: Message[]) =>
    messages.flatMap((message) => partsOf(message, 'event').map((part: EventPart) => part.event));

  it('answers a first message with matching articles and quick replies, and takes the conversation', async () => {
    await start();
    const started = await open('How do I export my notes?');
    const messages = await timeline(started.id);
    expect(messages.map((message) => message.author.kind)).toEqual(['visitor', 'bot']);
    const answer = messages[1]!;
    expect(answer.author).toEqual({ kind: 'bot', id: null, name: 'Lumen Assistant', avatarUrl: null });
    expect(answer.text).toMatch(/articles that might help/);
    const articles = partsOf(answer, 'article') as ArticlePart[];
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThanOrEqual(3);
    expect(articles.map((article) => article.articleId)).toContain('art_export_notes');
    expect(articles[0]?.title).not.toBe('');
    const [replies] = partsOf(answer, 'quick_replies') as QuickRepliesPart[];
    expect(replies?.replies).toEqual([
      { id: 'qr_helped', label: 'That helped', action: { type: 'reply', text: 'That helped' } },
      { id: 'qr_handoff', label: 'Talk to a person', action: { type: 'handoff' } },
    ]);
    // The answer is already there when POST /conversations returns.
    expect(started.assignee).toEqual(answer.author);
    expect(started.lastMessage).toEqual(answer);
    expect(started.unreadCount).toBe(1);

    const team = await engine.store.events.after('team', 0, 100);
    expect(team.filter((event) => event.type === 'message.created')).toHaveLength(2);
  });

  it('says so when nothing matched, and offers only the hand-off', async () => {
    await start();
    const started = await open('qwzx blorfity');
    const answer = (await timeline(started.id))[1];
    expect(answer?.text).toMatch(/couldn’t find an article/);
    expect(partsOf(answer, 'article')).toEqual([]);
    expect(partsOf(answer, 'quick_replies')[0]?.replies.map((reply) => reply.id)).toEqual(['qr_handoff']);
  });

  it('hands off when the visitor taps "Talk to a person": the team is waiting, and a reply time is given', async () => {
    await start();
    const started = await open('How do I export my notes?');
    await send(started.id, 'Talk to a person', 'qr_handoff');
    const messages = await timeline(started.id);
    expect(messages.slice(-3).map((message) => message.author.kind)).toEqual(['visitor', 'system', 'bot']);
    expect(eventsOf(messages)).toEqual(['handoff_requested']);
    expect(messages.at(-1)?.text).toMatch(/within 2 hours/);
    expect((await conversation(started.id)).assignee).toBeNull();

    // Waiting for the team: asking again changes nothing, and the bot stays quiet.
    await send(started.id, 'I want a human');
    expect(await timeline(started.id)).toHaveLength(messages.length + 1);
  });

  it('hands off when the visitor asks for a person in words, in their language', async () => {
    await start();
    const started = await open('同步失败了', 'zh-CN');
    expect((await timeline(started.id))[1]?.text).toMatch(/[\u4e00-\u9fff]/);
    await send(started.id, '转人工');
    const messages = await timeline(started.id);
    expect(eventsOf(messages)).toEqual(['handoff_requested']);
    expect(messages.at(-1)?.text).toBe('已经通知客服团队，通常会在2小时内在这里回复你。');

    const traditional = await open('agent please', 'zh-TW');
    const handedOff = await timeline(traditional.id);
    // A first message that already asks for a person skips the articles.
    expect(eventsOf(handedOff)).toEqual(['handoff_requested']);
    expect(handedOff.at(-1)?.text).toBe('已經通知客服團隊，通常會在2小時內在這裡回覆你。');
    expect(partsOf(handedOff.at(-1), 'article')).toEqual([]);
  });

  it('says when the team is back outside business hours', async () => {
    await start({ startAt: CLOSED });
    const started = await open('Talk to a person please');
    const messages = await timeline(started.id);
    expect(messages.at(-1)?.text).toMatch(/away right now and back Monday/);
  });

  it('thanks the visitor for "That helped", and leaves long stories that mention an agent alone', async () => {
    await start();
    const started = await open('How do I export my notes?');
    await send(started.id, 'That helped', 'qr_helped');
    expect((await timeline(started.id)).at(-1)?.text).toMatch(/Glad that helped/);
    await send(
      started.id,
      'Our travel agent shares notes with me and I cannot see the ones she exported last week at all',
    );
    const messages = await timeline(started.id);
    expect(messages.at(-1)?.author.kind).toBe('visitor');
    expect((await conversation(started.id)).assignee?.kind).toBe('bot');
  });

  it('stays out once a person has taken over', async () => {
    await start();
    const started = await open('How do I export my notes?');
    const reply = await engine.request('POST', `/v1/agent/conversations/${started.id}/messages`, {
      token: 'agent-token',
      body: { text: 'Hi, I can help with that.' },
    });
    expect(reply.status).toBe(201);
    await send(started.id, 'I need a human', 'qr_handoff');
    const messages = await timeline(started.id);
    expect(messages.at(-1)?.author.kind).toBe('visitor');
    expect(eventsOf(messages)).toEqual(['assigned']);
  });

  it('does not answer when the setting is off or the widget has no bot', async () => {
    await start({ settings: { demoBot: false } });
    const quiet = await open('How do I export my notes?');
    expect((await timeline(quiet.id)).map((message) => message.author.kind)).toEqual(['visitor']);
    expect(quiet.assignee).toBeNull();
    await engine.close();

    await start({}, 'wk_verified');
    const peopleOnly = await open('How do I export my notes?');
    expect((await timeline(peopleOnly.id)).map((message) => message.author.kind)).toEqual(['visitor']);
  });

  it('answers the first message of a conversation started empty', async () => {
    await start();
    const response = await engine.request('POST', '/v1/conversations', { token: session.token, body: {} });
    const empty = (await response.json()) as Conversation;
    await send(empty.id, 'How do I export my notes?');
    expect((await timeline(empty.id)).map((message) => message.author.kind)).toEqual(['visitor', 'bot']);
  });
});
