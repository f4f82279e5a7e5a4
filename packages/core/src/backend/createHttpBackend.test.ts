import type { RealtimeEvent, Session } from '@parley/contract';
import { createMemoryStore, createParleyHandlers } from '@parley/server/msw';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { failureOf } from '../testing/failureOf';
import type { BackendCall } from './Backend';
import { createHttpBackend } from './createHttpBackend';

const baseUrl = 'http://parley.test';
const widgetKey = 'wk_demo';
const agentToken = 'agent-secret-for-tests';
/** The real identity hash of `user_4821` on the demo widget (from the contract's example). */
const adaHash = 'a56c57fcc089a6bdd4f8efba075589959886a914853e2022f7c9f504b204887d';

const store = createMemoryStore();
const server = setupServer(...createParleyHandlers({ store, settings: { agentToken, demoBot: false } }));
const backend = createHttpBackend({ baseUrl });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

let counter = 0;
/** A fresh client message id (also the idempotency key of its send). */
const nextId = () => `cm_${Date.now().toString(36)}_${++counter}`;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function startSession(): Promise<Session> {
  return backend.createSession({ widgetKey, locale: 'en' });
}

/** A conversation with one visitor message, and the session that owns it. */
async function conversationWithMessage(text = 'My notes stopped syncing') {
  const session = await startSession();
  const clientMessageId = nextId();
  const conversation = await backend.createConversation(
    {
      message: { clientMessageId, text },
      context: { pageUrl: 'https://lumen.example/pricing', locale: 'en' },
    },
    { token: session.token, idempotencyKey: clientMessageId },
  );
  return { session, conversation, clientMessageId };
}

describe('createHttpBackend against the reference engine: session', () => {
  it('getConfig returns the widget’s configuration', async () => {
    const config = await backend.getConfig({ widgetKey, locale: 'zh-CN' });
    expect(config).toMatchObject({ widgetKey, locale: 'zh-Hans' });
  });

  it('createSession starts an anonymous visitor, and resumes the same contact with its resume token', async () => {
    const session = await startSession();
    expect(session.contact).toMatchObject({ kind: 'visitor', userId: null });
    const resumed = await backend.createSession({ widgetKey, resumeToken: session.resumeToken });
    expect(resumed.contact.id).toBe(session.contact.id);
    expect(resumed.token).not.toBe(session.token);
  });

  it('identify moves the session to the verified user', async () => {
    const session = await startSession();
    const identified = await backend.identify(
      { userId: 'user_4821', email: 'ada@example.com', name: 'Ada Okafor', hash: adaHash },
      { token: session.token },
    );
    expect(identified.contact).toMatchObject({ kind: 'user', userId: 'user_4821', name: 'Ada Okafor' });
    expect(identified.token).toBe(session.token);
  });

  it('identify with a wrong hash is unauthorized with the backend’s problem code', async () => {
    const session = await startSession();
    const error = await failureOf(
      backend.identify({ userId: 'user_4821', hash: '0'.repeat(64) }, { token: session.token }),
    );
    expect(error).toMatchObject({
      code: 'unauthorized',
      status: 401,
      problemCode: 'identity_verification_failed',
    });
  });

  it('updateContact sets name, email and attributes', async () => {
    const session = await startSession();
    const contact = await backend.updateContact(
      { name: 'Ada', email: 'ada@example.com', attributes: { plan: 'plus', seats: 3 } },
      { token: session.token },
    );
    expect(contact).toMatchObject({
      id: session.contact.id,
      name: 'Ada',
      attributes: { plan: 'plus', seats: 3 },
    });
  });

  it('endSession answers 204, after which the token is refused', async () => {
    const session = await startSession();
    await expect(backend.endSession({ token: session.token })).resolves.toBeUndefined();
    const error = await failureOf(backend.listConversations({}, { token: session.token }));
    expect(error).toMatchObject({ code: 'unauthorized', problemCode: 'session_expired' });
  });

  it('redeemLink trades an email link for a session and the conversation to open', async () => {
    const { session, conversation } = await conversationWithMessage();
    const linkToken = `link_${nextId()}_abcdefghijklmnop`;
    const now = Date.now();
    await store.outbox.addEmail({
      id: `eml_${nextId()}`,
      widgetKey,
      contactId: session.contact.id,
      conversationId: conversation.id,
      to: 'ada@example.com',
      subject: 'Lumen replied',
      text: 'We replied.',
      link: `https://lumen.example/?parley_link=${linkToken}`,
      linkTokenHash: await sha256Hex(linkToken),
      linkExpiresAt: now + 60_000,
      createdAt: now,
      usedAt: null,
    });
    const redeemed = await backend.redeemLink({ widgetKey, linkToken });
    expect(redeemed.conversationId).toBe(conversation.id);
    expect(redeemed.session.contact.id).toBe(session.contact.id);
    expect((await failureOf(backend.redeemLink({ widgetKey, linkToken }))).problemCode).toBe('link_expired');
  });
});

describe('createHttpBackend against the reference engine: conversations', () => {
  it('createConversation answers the conversation with its first message, once per idempotency key', async () => {
    const { session, conversation, clientMessageId } = await conversationWithMessage();
    expect(conversation).toMatchObject({ status: 'open', lastMessage: { clientMessageId } });
    const again = await backend.createConversation(
      {
        message: { clientMessageId, text: 'My notes stopped syncing' },
        context: { pageUrl: 'https://lumen.example/pricing', locale: 'en' },
      },
      { token: session.token, idempotencyKey: clientMessageId },
    );
    expect(again.id).toBe(conversation.id);
    const page = await backend.listConversations({ limit: 10 }, { token: session.token });
    expect(page.data.map(({ id }) => id)).toEqual([conversation.id]);
  });

  it('getConversation and listMessages read it back', async () => {
    const { session, conversation, clientMessageId } = await conversationWithMessage();
    await expect(backend.getConversation(conversation.id, { token: session.token })).resolves.toMatchObject({
      id: conversation.id,
      context: { pageUrl: 'https://lumen.example/pricing' },
    });
    const page = await backend.listMessages(conversation.id, { limit: 50 }, { token: session.token });
    expect(page.data.map((message) => message.clientMessageId)).toContain(clientMessageId);
  });

  it('sendMessage answers the message, and the same one again for a retry with the same key', async () => {
    const { session, conversation } = await conversationWithMessage();
    const clientMessageId = nextId();
    const call = { token: session.token, idempotencyKey: clientMessageId };
    const sent = await backend.sendMessage(conversation.id, { clientMessageId, text: 'Any news?' }, call);
    expect(sent).toMatchObject({ conversationId: conversation.id, clientMessageId, text: 'Any news?' });
    const retried = await backend.sendMessage(conversation.id, { clientMessageId, text: 'Any news?' }, call);
    expect(retried.id).toBe(sent.id);
    const page = await backend.listMessages(conversation.id, {}, { token: session.token });
    expect(page.data.filter((message) => message.clientMessageId === clientMessageId)).toHaveLength(1);
  });

  it('getConversation of an unknown id is not_found, with the id encoded into the path', async () => {
    const session = await startSession();
    const error = await failureOf(backend.getConversation('cnv_nope/../x?y', { token: session.token }));
    expect(error.code).toBe('not_found');
  });

  it('setTyping and markRead answer 204', async () => {
    const { session, conversation } = await conversationWithMessage();
    const call = { token: session.token };
    await expect(backend.setTyping(conversation.id, true, call)).resolves.toBeUndefined();
    const messageId = conversation.lastMessage?.id ?? '';
    await expect(backend.markRead(conversation.id, messageId, call)).resolves.toBeUndefined();
  });

  it('rateConversation rates a resolved conversation, and refuses an open one with conflict', async () => {
    const { session, conversation } = await conversationWithMessage();
    const call = { token: session.token };
    const open = await failureOf(backend.rateConversation(conversation.id, { score: 5 }, call));
    expect(open).toMatchObject({ code: 'conflict', problemCode: 'conversation_not_resolved' });
    const resolved = await fetch(`${baseUrl}/v1/agent/conversations/${conversation.id}/status`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${agentToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'resolved' }),
    });
    expect(resolved.ok).toBe(true);
    const rated = await backend.rateConversation(
      conversation.id,
      { score: 4, comment: 'Quick, thanks' },
      call,
    );
    expect(rated.rating).toMatchObject({ score: 4, comment: 'Quick, thanks' });
  });

  it('uploadAttachment sends the file as multipart `file` with its name', async () => {
    const session = await startSession();
    const attachment = await backend.uploadAttachment(
      { blob: new Blob(['hello, world'], { type: 'text/plain' }), name: 'notes.txt' },
      { token: session.token, idempotencyKey: nextId() },
    );
    expect(attachment).toMatchObject({ name: 'notes.txt', contentType: 'text/plain', size: 12 });
    expect(attachment.url).toMatch(/^\/v1\/attachments\//);
  });
});

describe('createHttpBackend against the reference engine: realtime', () => {
  it('openEvents delivers the message.created of a sendMessage, then resolves when aborted', async () => {
    const { session, conversation } = await conversationWithMessage();
    const controller = new AbortController();
    const events: RealtimeEvent[] = [];
    const onActivity = vi.fn();
    const clientMessageId = nextId();
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => {
      opened = resolve;
    });
    let received!: () => void;
    const echoed = new Promise<void>((resolve) => {
      received = resolve;
    });

    const stream = backend.openEvents(
      { token: session.token, signal: controller.signal },
      {
        onOpen: opened,
        onActivity,
        onEvent(event) {
          events.push(event);
          if (event.type === 'message.created' && event.data.message.clientMessageId === clientMessageId)
            received();
        },
      },
    );
    await isOpen;
    await backend.sendMessage(
      conversation.id,
      { clientMessageId, text: 'Live?' },
      { token: session.token, idempotencyKey: clientMessageId },
    );
    await echoed;
    controller.abort();
    await expect(stream).resolves.toBeUndefined();
    // The stream starts with the id of the newest event: where a reconnect resumes.
    expect(onActivity.mock.calls[0]).toEqual([expect.stringMatching(/^\d+$/)]);
    expect(events.find((event) => event.type === 'message.created')).toMatchObject({
      data: { conversationId: conversation.id, message: { clientMessageId, text: 'Live?' } },
    });
  });

  it('openEvents resumes after Last-Event-ID with the events missed', async () => {
    const { session, conversation } = await conversationWithMessage();
    const start = await backend.pollEvents({ token: session.token });
    const clientMessageId = nextId();
    await backend.sendMessage(
      conversation.id,
      { clientMessageId, text: 'While you were away' },
      { token: session.token, idempotencyKey: clientMessageId },
    );
    const controller = new AbortController();
    const missed = new Promise<RealtimeEvent>((resolve, reject) => {
      backend
        .openEvents(
          { token: session.token, lastEventId: start.nextCursor ?? undefined, signal: controller.signal },
          { onOpen() {}, onActivity() {}, onEvent: resolve },
        )
        .catch(reject);
    });
    const event = await missed;
    controller.abort();
    expect(event).toMatchObject({ type: 'message.created', data: { message: { clientMessageId } } });
  });

  it('openEvents without a session is unauthorized', async () => {
    const handlers = { onOpen: vi.fn(), onActivity() {}, onEvent() {} };
    const error = await failureOf(backend.openEvents({ token: 'nope' }, handlers));
    expect(error.code).toBe('unauthorized');
    expect(handlers.onOpen).not.toHaveBeenCalled();
  });

  it('pollEvents starts with a cursor, then returns the events after it', async () => {
    const { session, conversation } = await conversationWithMessage();
    const start = await backend.pollEvents({ token: session.token });
    expect(start.data).toEqual([]);
    expect(start.nextCursor).toMatch(/^\d+$/);
    const clientMessageId = nextId();
    await backend.sendMessage(
      conversation.id,
      { clientMessageId, text: 'Polled' },
      { token: session.token, idempotencyKey: clientMessageId },
    );
    const next = await backend.pollEvents({
      token: session.token,
      after: start.nextCursor ?? undefined,
      timeoutSeconds: 0,
    });
    expect(next.data.map((event) => event.type)).toContain('message.created');
    expect(Number(next.nextCursor)).toBeGreaterThan(Number(start.nextCursor));
  });
});

describe('createHttpBackend against the reference engine: tickets', () => {
  it('lookupTicket returns the ticket, which getTicket and listTicketComments then read', async () => {
    const session = await startSession();
    const call = { token: session.token };
    const ticket = await backend.lookupTicket({ reference: 'PRL-4821', email: 'ada@example.com' }, call);
    expect(ticket).toMatchObject({ reference: 'PRL-4821', requester: { email: 'ada@example.com' } });
    await expect(backend.getTicket(ticket.id, call)).resolves.toEqual(ticket);
    const comments = await backend.listTicketComments(ticket.id, { limit: 5 }, call);
    expect(comments.data.length).toBeGreaterThan(0);
    expect(comments.data.every((comment) => comment.ticketId === ticket.id)).toBe(true);
  });

  it('lookupTicket with the wrong email is not_found', async () => {
    const session = await startSession();
    const error = await failureOf(
      backend.lookupTicket({ reference: 'PRL-4821', email: 'eve@example.com' }, { token: session.token }),
    );
    expect(error).toMatchObject({ code: 'not_found', problemCode: 'ticket_not_found' });
  });

  it('createTicket answers the ticket with its access key; replyToTicket adds a comment', async () => {
    const session = await startSession();
    const call = { token: session.token, idempotencyKey: nextId() };
    const created = await backend.createTicket(
      { email: 'grace@example.com', name: 'Grace', subject: 'Invoice address', message: 'Please change it.' },
      call,
    );
    expect(created.ticket).toMatchObject({
      subject: 'Invoice address',
      requester: { email: 'grace@example.com' },
    });
    expect(created.accessKey.length).toBeGreaterThanOrEqual(20);
    const reply = await backend.replyToTicket(
      created.ticket.id,
      { text: 'It is 1 Main St.' },
      { token: session.token, idempotencyKey: nextId() },
    );
    expect(reply).toMatchObject({ ticketId: created.ticket.id, text: 'It is 1 Main St.' });
  });

  it('listTickets lists the identified user’s tickets, and refuses a visitor', async () => {
    const session = await startSession();
    const call = { token: session.token };
    expect((await failureOf(backend.listTickets({}, call))).problemCode).toBe('identity_required');
    await backend.identify({ userId: 'user_4821', email: 'ada@example.com', hash: adaHash }, call);
    const created = await backend.createTicket(
      { email: 'ada@example.com', subject: 'Export to PDF', message: 'How do I export a notebook?' },
      { ...call, idempotencyKey: nextId() },
    );
    const page = await backend.listTickets({ limit: 10 }, call);
    expect(page.data.map((ticket) => ticket.id)).toContain(created.ticket.id);
  });
});

describe('createHttpBackend against the reference engine: knowledge base', () => {
  it('searchArticles finds articles with highlights', async () => {
    const result = await backend.searchArticles({ widgetKey, query: 'password', locale: 'en', limit: 3 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.data[0]?.article.title).toMatch(/password/i);
  });

  it('searchArticles finds Chinese articles', async () => {
    const result = await backend.searchArticles({ widgetKey, query: '密码', locale: 'zh-Hans' });
    expect(result.data[0]?.article.locale).toBe('zh-Hans');
  });

  it('suggestArticles answers for a query and for a page', async () => {
    const byQuery = await backend.suggestArticles({ widgetKey, query: 'sync' });
    expect(byQuery.data.length).toBeGreaterThan(0);
    const byPage = await backend.suggestArticles({ widgetKey, pageUrl: 'https://lumen.example/pricing' });
    expect(byPage.data.length).toBeLessThanOrEqual(10);
  });

  it('getArticle returns the article with its ETag, then notModified for that ETag', async () => {
    const first = await backend.getArticle({ widgetKey, articleId: 'art_reset_password', locale: 'en' });
    if (first.notModified) throw new Error('expected the article');
    expect(first.article).toMatchObject({ id: 'art_reset_password', locale: 'en' });
    expect(first.etag).toBeTruthy();
    const second = await backend.getArticle({
      widgetKey,
      articleId: 'art_reset_password',
      locale: 'en',
      etag: first.etag,
    });
    expect(second).toEqual({ notModified: true });
  });

  it('listCollections and listCollectionArticles walk the help centre', async () => {
    const collections = await backend.listCollections({ widgetKey, locale: 'en' });
    const collection = collections.data.find(({ id }) => id === 'col_account_security');
    expect(collection?.articleCount).toBeGreaterThan(0);
    const page = await backend.listCollectionArticles({
      widgetKey,
      collectionId: 'col_account_security',
      limit: 2,
    });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((article) => article.collectionId === 'col_account_security')).toBe(true);
  });

  it('sendArticleFeedback answers 204', async () => {
    const session = await startSession();
    await expect(
      backend.sendArticleFeedback('art_reset_password', { helpful: true }, { token: session.token }),
    ).resolves.toBeUndefined();
  });
});

describe('createHttpBackend: what each member sends', () => {
  it('sends each member’s method, path (ids encoded), query and body, with the call’s headers', async () => {
    const seen: string[] = [];
    const recording = createHttpBackend({
      baseUrl,
      // Records the request, then answers 503 so that no answer needs to be valid.
      fetch: async (input, init = {}) => {
        const { authorization = '' } = init.headers as Record<string, string>;
        const body = typeof init.body === 'string' ? ` ${init.body}` : '';
        // fetch's method defaults to GET.
        seen.push(
          `${init.method ?? 'GET'} ${String(input).slice(baseUrl.length)}${body} ${authorization}`.trim(),
        );
        return new Response(null, { status: 503 });
      },
    });
    const call = { token: 't' };
    const expected: [() => Promise<unknown>, string][] = [
      [
        () => recording.getConfig({ widgetKey: 'wk', locale: 'en' }),
        'GET /v1/widget/config?widgetKey=wk&locale=en',
      ],
      [
        () => recording.createSession({ widgetKey: 'wk', resumeToken: 'r' }),
        'POST /v1/session {"widgetKey":"wk","resumeToken":"r"}',
      ],
      [
        () => recording.identify({ userId: 'u', hash: 'h' }, call),
        'POST /v1/session/identify {"userId":"u","hash":"h"} Bearer t',
      ],
      [
        () => recording.updateContact({ name: 'Ada' }, call),
        'PATCH /v1/session/contact {"name":"Ada"} Bearer t',
      ],
      [() => recording.endSession(call), 'DELETE /v1/session Bearer t'],
      [
        () => recording.redeemLink({ widgetKey: 'wk', linkToken: 'l' }),
        'POST /v1/session/link {"widgetKey":"wk","linkToken":"l"}',
      ],
      [
        () => recording.listConversations({ cursor: 'c', limit: 5 }, call),
        'GET /v1/conversations?cursor=c&limit=5 Bearer t',
      ],
      [
        () => recording.createConversation({ message: { clientMessageId: 'cm', text: 'Hi' } }, call),
        'POST /v1/conversations {"message":{"clientMessageId":"cm","text":"Hi"}} Bearer t',
      ],
      [() => recording.getConversation('a/b', call), 'GET /v1/conversations/a%2Fb Bearer t'],
      [
        () => recording.listMessages('c1', { before: 'b', after: 'a', limit: 3 }, call),
        'GET /v1/conversations/c1/messages?before=b&after=a&limit=3 Bearer t',
      ],
      [
        () => recording.sendMessage('c1', { clientMessageId: 'cm', text: 'Hi' }, call),
        'POST /v1/conversations/c1/messages {"clientMessageId":"cm","text":"Hi"} Bearer t',
      ],
      [
        () => recording.setTyping('c1', true, call),
        'POST /v1/conversations/c1/typing {"typing":true} Bearer t',
      ],
      [
        () => recording.markRead('c1', 'm1', call),
        'POST /v1/conversations/c1/read {"messageId":"m1"} Bearer t',
      ],
      [
        () => recording.rateConversation('c1', { score: 5 }, call),
        'PUT /v1/conversations/c1/rating {"score":5} Bearer t',
      ],
      [
        () => recording.pollEvents({ after: '7', timeoutSeconds: 0, ...call }),
        'GET /v1/events/poll?after=7&timeout=0 Bearer t',
      ],
      [() => recording.listTickets({ limit: 2 }, call), 'GET /v1/tickets?limit=2 Bearer t'],
      [
        () => recording.createTicket({ email: 'a@b.c', subject: 'S', message: 'M' }, call),
        'POST /v1/tickets {"email":"a@b.c","subject":"S","message":"M"} Bearer t',
      ],
      [
        () => recording.lookupTicket({ reference: 'PRL-1', email: 'a@b.c' }, call),
        'POST /v1/tickets/lookup {"reference":"PRL-1","email":"a@b.c"} Bearer t',
      ],
      [() => recording.getTicket('t 1', call), 'GET /v1/tickets/t%201 Bearer t'],
      [
        () => recording.listTicketComments('t1', { cursor: 'c' }, call),
        'GET /v1/tickets/t1/comments?cursor=c Bearer t',
      ],
      [
        () => recording.replyToTicket('t1', { text: 'Hi' }, call),
        'POST /v1/tickets/t1/comments {"text":"Hi"} Bearer t',
      ],
      [
        () =>
          recording.searchArticles({
            widgetKey: 'wk',
            query: 'a b',
            locale: 'en',
            collectionId: 'c',
            cursor: 'x',
            limit: 1,
          }),
        'GET /v1/kb/search?q=a%20b&widgetKey=wk&locale=en&collectionId=c&cursor=x&limit=1',
      ],
      [
        () => recording.suggestArticles({ widgetKey: 'wk', pageUrl: 'https://x.test/p' }),
        'GET /v1/kb/suggest?widgetKey=wk&pageUrl=https%3A%2F%2Fx.test%2Fp',
      ],
      [
        () => recording.getArticle({ widgetKey: 'wk', articleId: 'a1', locale: 'en' }),
        'GET /v1/kb/articles/a1?widgetKey=wk&locale=en',
      ],
      [() => recording.listCollections({ widgetKey: 'wk' }), 'GET /v1/kb/collections?widgetKey=wk'],
      [
        () => recording.listCollectionArticles({ widgetKey: 'wk', collectionId: 'c1', limit: 4 }),
        'GET /v1/kb/collections/c1/articles?widgetKey=wk&limit=4',
      ],
      [
        () => recording.sendArticleFeedback('a1', { helpful: true }, call),
        'POST /v1/kb/articles/a1/feedback {"helpful":true} Bearer t',
      ],
    ];
    for (const [run] of expected) {
      await expect(run()).rejects.toMatchObject({ code: 'server', status: 503 });
    }
    expect(seen).toEqual(expected.map(([, line]) => line));
  });
});

// Hand-written answers for what the engine never sends: each must end as a ParleyError, never a crash.
describe('createHttpBackend with a failing or hostile backend', () => {
  const call = { token: 'tok_test', idempotencyKey: 'cm_1' };
  const validMessage = {
    id: 'msg_1',
    conversationId: 'cnv_1',
    clientMessageId: 'cm_1',
    author: { kind: 'agent', id: 'agt_1', name: 'Ada', avatarUrl: 'https://example.com/ada.png' },
    text: 'Hello **there**',
    parts: [
      { type: 'card', title: 'Plans', text: null, imageUrl: null, url: 'https://lumen.example/pricing' },
      {
        type: 'quick_replies',
        replies: [{ id: 'qr_1', label: 'Yes', action: { type: 'reply', text: 'Yes' } }],
      },
    ],
    attachments: [
      {
        id: 'att_1',
        name: 'a.png',
        contentType: 'image/png',
        size: 10,
        url: '/v1/attachments/att_1/content',
        createdAt: '2026-11-22T09:30:00.000Z',
      },
    ],
    createdAt: '2026-11-22T09:30:00.000Z',
  };
  const messagesUrl = `${baseUrl}/v1/conversations/cnv_1/messages`;
  const send = () => backend.sendMessage('cnv_1', { clientMessageId: 'cm_1', text: 'Hi' }, call);
  const answerSendWith = (answer: () => Response | Promise<Response>) =>
    server.use(http.post(messagesUrl, answer));
  const withMessage = (change: (message: typeof validMessage) => unknown) => () =>
    Response.json(change(structuredClone(validMessage)), { status: 201 });

  it('accepts the valid message it is given, whole', async () => {
    answerSendWith(withMessage((message) => message));
    await expect(send()).resolves.toEqual(validMessage);
  });

  it.each([
    ['a wrong type', withMessage((message) => ({ ...message, text: 42 })), /at text/],
    ['a missing field', withMessage(({ author: _author, ...message }) => message), /at author/],
    ['a huge text', withMessage((message) => ({ ...message, text: 'x'.repeat(20_001) })), /at text/],
    [
      'a huge name',
      withMessage((message) => ({ ...message, author: { ...message.author, name: 'x'.repeat(201) } })),
      /at author\.name/,
    ],
    [
      'a javascript: avatar',
      withMessage((message) => ({
        ...message,
        author: { ...message.author, avatarUrl: 'javascript:alert(1)' },
      })),
      /at author\.avatarUrl/,
    ],
    [
      'a data: card link',
      withMessage((message) => ({
        ...message,
        parts: [{ type: 'card', title: 'x', text: null, imageUrl: null, url: 'data:text/html,<script>' }],
      })),
      /at parts\.0\.url/,
    ],
    [
      'a javascript: quick reply',
      withMessage((message) => ({
        ...message,
        parts: [
          {
            type: 'quick_replies',
            replies: [{ id: 'q', label: 'Go', action: { type: 'url', url: 'JavaScript:x' } }],
          },
        ],
      })),
      /at parts\.0\.replies\.0\.action\.url/,
    ],
    [
      'a protocol-relative attachment URL',
      withMessage((message) => ({
        ...message,
        attachments: [{ ...message.attachments[0], url: '//evil.example/a.png' }],
      })),
      /at attachments\.0\.url/,
    ],
    [
      'a date that is not one',
      withMessage((message) => ({ ...message, createdAt: 'yesterday' })),
      /at createdAt/,
    ],
    ['null', () => HttpResponse.json(null, { status: 201 }), /\(root\)/],
    ['an array', () => HttpResponse.json([validMessage], { status: 201 }), /at id/],
    ['HTML instead of JSON', () => HttpResponse.html('<!doctype html><h1>Welcome to nginx</h1>'), /not JSON/],
    ['a 200 with an empty body', () => new HttpResponse(null, { status: 200 }), /not JSON/],
    [
      'a problem+json with a 200',
      () =>
        new HttpResponse(JSON.stringify({ title: 'Oops', status: 500, code: 'internal' }), {
          headers: { 'content-type': 'application/problem+json' },
        }),
      /at/,
    ],
  ])('reports %s as invalid_response, naming the place', async (_case, answer, where) => {
    answerSendWith(answer);
    const error = await failureOf(send());
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(where);
  });

  it('sends only the token, idempotency key and signal of a call, whatever else its object holds', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${baseUrl}/v1/conversations`, ({ request }) => {
        seen = request;
        return HttpResponse.json({ data: [], nextCursor: null });
      }),
    );
    const callWithMore = { token: 't', etag: '"x"', path: '/session', method: 'DELETE' } as BackendCall;
    await expect(backend.listConversations({}, callWithMore)).resolves.toEqual({
      data: [],
      nextCursor: null,
    });
    expect(seen?.method).toBe('GET');
    expect(seen?.headers.get('authorization')).toBe('Bearer t');
    expect(seen?.headers.get('if-none-match')).toBeNull();
  });

  it('drops message parts of types it does not know, and keeps the rest', async () => {
    answerSendWith(
      withMessage((message) => ({
        ...message,
        parts: [{ type: 'video', src: 'https://example.com/v.mp4' }, 'junk', null, ...message.parts],
      })),
    );
    expect((await send()).parts).toEqual(validMessage.parts);
  });

  it('refuses a session whose token could break a header', async () => {
    server.use(
      http.post(`${baseUrl}/v1/session`, () =>
        HttpResponse.json(
          {
            token: 'abc\r\nX-Evil: 1',
            expiresAt: '2026-11-22T21:30:00.000Z',
            resumeToken: 'r'.repeat(30),
            widgetKey,
            contact: { id: 'ctc_1', kind: 'visitor', userId: null, name: null, email: null, attributes: {} },
          },
          { status: 201 },
        ),
      ),
    );
    expect(await failureOf(backend.createSession({ widgetKey }))).toMatchObject({ code: 'invalid_response' });
  });

  it('refuses an article body past 500,000 characters', async () => {
    server.use(
      http.get(`${baseUrl}/v1/kb/articles/art_1`, () =>
        HttpResponse.json({
          id: 'art_1',
          collectionId: 'col_1',
          locale: 'en',
          availableLocales: ['en'],
          title: 'Big',
          body: 'x'.repeat(500_001),
          updatedAt: '2026-11-22T09:30:00.000Z',
        }),
      ),
    );
    const error = await failureOf(backend.getArticle({ widgetKey, articleId: 'art_1' }));
    expect(error.message).toMatch(/at body/);
  });

  it('getArticle refuses a 304 it did not ask for, and forgets an absurd ETag', async () => {
    let answer = () => new HttpResponse(null, { status: 304 });
    server.use(http.get(`${baseUrl}/v1/kb/articles/art_1`, () => answer()));
    expect(await failureOf(backend.getArticle({ widgetKey, articleId: 'art_1' }))).toMatchObject({
      code: 'invalid_response',
      status: 304,
    });
    const article = {
      id: 'art_1',
      collectionId: 'col_1',
      locale: 'en',
      availableLocales: ['en'],
      title: 'Reset',
      body: 'Steps',
      updatedAt: '2026-11-22T09:30:00.000Z',
    };
    answer = () => HttpResponse.json(article, { headers: { etag: `"${'x'.repeat(300)}"` } });
    expect(await backend.getArticle({ widgetKey, articleId: 'art_1' })).toEqual({
      notModified: false,
      article,
      etag: undefined,
    });
  });

  it('reports a 5xx as server with its status, whatever the body', async () => {
    answerSendWith(() => HttpResponse.html('<h1>502 Bad Gateway</h1>', { status: 502 }));
    expect(await failureOf(send())).toMatchObject({ code: 'server', status: 502 });
  });

  it('reports a 429 with Retry-After as rate_limited with retryAfterMs', async () => {
    server.use(
      http.post(
        `${baseUrl}/v1/tickets/lookup`,
        () =>
          new HttpResponse(JSON.stringify({ title: 'Too many lookups', status: 429, code: 'rate_limited' }), {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '42' },
          }),
      ),
    );
    const error = await failureOf(
      backend.lookupTicket({ reference: 'PRL-4821', email: 'ada@example.com' }, call),
    );
    expect(error).toMatchObject({
      code: 'rate_limited',
      status: 429,
      problemCode: 'rate_limited',
      retryAfterMs: 42_000,
    });
  });

  it('gives up on a request that hangs past the timeout', async () => {
    vi.useFakeTimers();
    answerSendWith(async () => {
      await delay('infinite');
      return HttpResponse.json(validMessage);
    });
    const quick = createHttpBackend({ baseUrl, timeoutMs: 2000 });
    const pending = failureOf(quick.sendMessage('cnv_1', { clientMessageId: 'cm_1', text: 'Hi' }, call));
    await vi.advanceTimersByTimeAsync(2000);
    expect((await pending).code).toBe('timeout');
  });

  it('lets a long poll wait for its own timeout on top of the request limit', async () => {
    vi.useFakeTimers();
    server.use(
      http.get(`${baseUrl}/v1/events/poll`, async () => {
        await delay('infinite');
        return HttpResponse.json({ data: [], nextCursor: '1' });
      }),
    );
    const quick = createHttpBackend({ baseUrl, timeoutMs: 1000 });
    const pending = failureOf(quick.pollEvents({ token: 't', after: '1', timeoutSeconds: 10 }));
    let settled = false;
    void pending.finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(10_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).code).toBe('timeout');
  });

  it('drops poll events of unknown types, and refuses a malformed known one', async () => {
    const typing = {
      id: '8',
      type: 'typing',
      data: { conversationId: 'cnv_1', participant: validMessage.author, typing: true },
    };
    server.use(
      http.get(`${baseUrl}/v1/events/poll`, ({ request }) =>
        new URL(request.url).searchParams.get('after') === '5'
          ? HttpResponse.json({
              data: [{ id: '7', type: 'call.started', data: {} }, typing],
              nextCursor: '8',
            })
          : HttpResponse.json({ data: [{ ...typing, data: { typing: 'yes' } }], nextCursor: '8' }),
      ),
    );
    await expect(backend.pollEvents({ token: 't', after: '5', timeoutSeconds: 0 })).resolves.toEqual({
      data: [typing],
      nextCursor: '8',
    });
    const error = await failureOf(backend.pollEvents({ token: 't', after: '6', timeoutSeconds: 0 }));
    expect(error.message).toMatch(/at data\.0\.data/);
  });
});

describe('openEvents with a hostile backend', () => {
  const eventsUrl = `${baseUrl}/v1/events`;
  const encoder = new TextEncoder();
  const reset = { id: '9', type: 'reset', data: { reason: 'too_old' } };

  /**
   * Answers the stream with `frames`, then ends it; or, with `open`, keeps it open for good, even after the
   * request is aborted (as a server that does not notice a client leaving).
   */
  function answerStreamWith(frames: string[], { open = false, contentType = 'text/event-stream' } = {}) {
    server.use(
      http.get(eventsUrl, () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const frame of frames) controller.enqueue(encoder.encode(frame));
            if (!open) controller.close();
          },
        });
        return new HttpResponse(body, { headers: { 'content-type': contentType } });
      }),
    );
  }

  function handlers() {
    const events: RealtimeEvent[] = [];
    return {
      events,
      onOpen: vi.fn(),
      onActivity: vi.fn(),
      onEvent: (event: RealtimeEvent) => events.push(event),
    };
  }

  it('sends the token and Last-Event-ID as headers, and skips unknown event types', async () => {
    const seen: Record<string, string | null> = {};
    server.use(
      http.get(eventsUrl, ({ request }) => {
        seen.authorization = request.headers.get('authorization');
        seen.lastEventId = request.headers.get('last-event-id');
        seen.accept = request.headers.get('accept');
        return new HttpResponse(
          'retry: 3000\n\nid: 5\n\n: heartbeat\n\nid: 8\nevent: call.started\ndata: {"id":"8","type":"call.started","data":{}}\n\n' +
            `id: 9\nevent: reset\ndata: ${JSON.stringify(reset)}\n\n`,
          { headers: { 'content-type': 'text/event-stream; charset=utf-8' } },
        );
      }),
    );
    const h = handlers();
    await expect(backend.openEvents({ token: 'tok_1', lastEventId: '7' }, h)).resolves.toBeUndefined();
    expect(seen).toEqual({ authorization: 'Bearer tok_1', lastEventId: '7', accept: 'text/event-stream' });
    expect(h.events).toEqual([reset]);
    expect(h.onOpen).toHaveBeenCalledTimes(1);
    // The id-only block passes its id (where to resume); the heartbeat and both events only show life.
    expect(h.onActivity.mock.calls).toEqual([['5'], [undefined], [undefined], [undefined]]);
  });

  it.each([
    ['data that is not JSON', ['data: {oops\n\n'], /not JSON/],
    [
      'a known event that is malformed',
      ['data: {"id":"1","type":"reset","data":{"reason":42}}\n\n'],
      /data\.reason/,
    ],
    ['a line that never ends', [`data: ${'x'.repeat(1_100_000)}`], /too long/],
  ])('rejects %s with invalid_response, after the good events before it', async (_case, bad, message) => {
    answerStreamWith([`data: ${JSON.stringify(reset)}\n\n`, ...bad], { open: true });
    const h = handlers();
    const error = await failureOf(backend.openEvents({ token: 't' }, h));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(message);
    expect(h.events).toEqual([reset]);
  });

  it('refuses an answer that is not an event stream', async () => {
    answerStreamWith(['{"data":[]}'], { contentType: 'application/json' });
    const h = handlers();
    expect(await failureOf(backend.openEvents({ token: 't' }, h))).toMatchObject({
      code: 'invalid_response',
    });
    expect(h.onOpen).not.toHaveBeenCalled();
  });

  it('reports an error status as its code', async () => {
    server.use(
      http.get(eventsUrl, () =>
        HttpResponse.text('upstream down', { status: 503, headers: { 'retry-after': '5' } }),
      ),
    );
    expect(await failureOf(backend.openEvents({ token: 't' }, handlers()))).toMatchObject({
      code: 'server',
      retryAfterMs: 5000,
    });
  });

  it('resolves when aborted while the stream is idle, and when aborted before it opens', async () => {
    answerStreamWith(['retry: 3000\n\n'], { open: true });
    const controller = new AbortController();
    const h = handlers();
    const stream = backend.openEvents({ token: 't', signal: controller.signal }, h);
    await vi.waitFor(() => expect(h.onOpen).toHaveBeenCalled());
    controller.abort();
    await expect(stream).resolves.toBeUndefined();
    await expect(
      backend.openEvents({ token: 't', signal: AbortSignal.abort() }, handlers()),
    ).resolves.toBeUndefined();
  });

  it('has no time limit once connected', async () => {
    vi.useFakeTimers();
    answerStreamWith(['retry: 3000\n\n'], { open: true });
    const controller = new AbortController();
    const h = handlers();
    const quick = createHttpBackend({ baseUrl, timeoutMs: 1000 });
    let settled = false;
    const stream = quick.openEvents({ token: 't', signal: controller.signal }, h).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.onOpen).toHaveBeenCalled();
    expect(settled).toBe(false);
    controller.abort();
    await expect(stream).resolves.toBeUndefined();
  });
});
