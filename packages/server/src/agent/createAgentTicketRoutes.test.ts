import {
  AgentTicket,
  AgentTicketPage,
  Problem,
  TicketComment,
  TicketCommentPage,
  type TicketLookupResponse,
  type TicketStatus,
} from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';
import { createTicket, eventsFor, ticketTestContent } from '../tickets/ticketFixtures';

const AGENT_TOKEN = 'agent-secret-for-tests';

describe.each(storeKinds)('agent ticket API on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function start() {
    engine = await createTestEngine(kind, { seed: ticketTestContent, settings: { agentToken: AGENT_TOKEN } });
    return engine;
  }

  const agent = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    engine.request(method, `/v1/agent${path}`, {
      token: AGENT_TOKEN,
      headers,
      ...(body === undefined ? {} : { body }),
    });

  async function idOf(reference: string): Promise<string> {
    const ticket = await engine.store.tickets.findTicketByReference(
      reference === 'PRL-9999' ? 'wk_other' : 'wk_demo',
      reference,
    );
    return ticket?.id ?? 'tkt_missing';
  }

  async function setStatus(id: string, status: TicketStatus) {
    return agent('PUT', `/tickets/${id}/status`, { status });
  }

  it('needs the agent token', async () => {
    await start();
    const session = await engine.startSession();
    for (const token of [undefined, session.token, 'wrong']) {
      const response = await engine.request('GET', '/v1/agent/tickets', token === undefined ? {} : { token });
      expect(response.status).toBe(401);
    }
  });

  it('lists every ticket newest first, filtered by status and widget, a page at a time', async () => {
    await start();
    const session = await engine.startSession();
    const created = await createTicket(engine, session.token);
    const all = await agent('GET', '/tickets?limit=3');
    const page = (await all.json()) as AgentTicketPage;
    expectContract(AgentTicketPage, page);
    expect(page.data.map((item) => item.ticket.reference)).toEqual([
      created.ticket.reference,
      'PRL-4907',
      'PRL-4863',
    ]);
    expect(page.data[0]?.widgetKey).toBe('wk_demo');
    const rest = (await (
      await agent('GET', `/tickets?limit=3&cursor=${page.nextCursor}`)
    ).json()) as AgentTicketPage;
    expect(rest.data.map((item) => item.ticket.reference)).toEqual(['PRL-4821', 'PRL-9999', 'PRL-4750']);
    const last = (await (
      await agent('GET', `/tickets?limit=3&cursor=${rest.nextCursor}`)
    ).json()) as AgentTicketPage;
    expect(last).toEqual({ data: [expect.objectContaining({ widgetKey: 'wk_demo' })], nextCursor: null });

    const open = (await (await agent('GET', '/tickets?status=open')).json()) as AgentTicketPage;
    expect(open.data.map((item) => item.ticket.reference)).toEqual(['PRL-4863', 'PRL-9999']);
    const other = (await (
      await agent('GET', '/tickets?status=open&widgetKey=wk_other')
    ).json()) as AgentTicketPage;
    expect(other.data.map((item) => [item.widgetKey, item.ticket.reference])).toEqual([
      ['wk_other', 'PRL-9999'],
    ]);
  });

  it.each([
    ['an unknown status', 'status=pending', 'invalid_request'],
    ['a bad limit', 'limit=1000', 'invalid_request'],
    ['a made-up cursor', 'cursor=bm9wZQ', 'invalid_cursor'],
  ])('refuses %s with 400', async (_name, query, code) => {
    await start();
    const response = await agent('GET', `/tickets?${query}`);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expectContract(Problem, problem);
    expect(problem.code).toBe(code);
  });

  it('shows one ticket and its thread, or 404', async () => {
    await start();
    const id = await idOf('PRL-4821');
    const response = await agent('GET', `/tickets/${id}`);
    const body = (await response.json()) as AgentTicket;
    expectContract(AgentTicket, body);
    expect(body).toMatchObject({ widgetKey: 'wk_demo', ticket: { id, reference: 'PRL-4821' } });
    const comments = (await (
      await agent('GET', `/tickets/${id}/comments?limit=1`)
    ).json()) as TicketCommentPage;
    expectContract(TicketCommentPage, comments);
    expect(comments.data.map((comment) => comment.author.name)).toEqual(['Ada Okafor']);
    const next = (await (
      await agent('GET', `/tickets/${id}/comments?limit=1&cursor=${comments.nextCursor}`)
    ).json()) as TicketCommentPage;
    expect(next).toEqual({
      data: [expect.objectContaining({ author: expect.objectContaining({ kind: 'agent' }) })],
      nextCursor: null,
    });
    for (const path of ['/tickets/tkt_nope', '/tickets/tkt_nope/comments']) {
      const missing = await agent('GET', path);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ code: 'ticket_not_found' });
    }
  });

  describe('PUT /tickets/{id}/status', () => {
    it('moves a ticket through the statuses, with a history entry for each change', async () => {
      await start();
      const id = await idOf('PRL-4907');
      const steps: TicketStatus[] = ['open', 'waiting_on_customer', 'solved', 'open', 'closed'];
      for (const status of steps) {
        engine.clock.advance(1000);
        const response = await setStatus(id, status);
        expect(response.status).toBe(200);
        const body = (await response.json()) as AgentTicket;
        expectContract(AgentTicket, body);
        expect(body.ticket.status).toBe(status);
        expect(body.ticket.statusHistory.at(-1)).toEqual({
          status,
          at: new Date(engine.clock.now()).toISOString(),
        });
        expect(body.ticket.updatedAt).toBe(new Date(engine.clock.now()).toISOString());
      }
      const ticket = await engine.store.tickets.getTicket(id);
      expect(ticket?.statusHistory.map((change) => change.status)).toEqual(['received', ...steps]);
    });

    it('changes nothing, and publishes nothing, when the status is the same', async () => {
      await start();
      const id = await idOf('PRL-4863');
      const before = await engine.store.tickets.getTicket(id);
      engine.clock.advance(1000);
      const response = await setStatus(id, 'open');
      expect(response.status).toBe(200);
      expect(await engine.store.tickets.getTicket(id)).toEqual(before);
      expect(await eventsFor(engine, 'team')).toEqual([]);
      expect((await setStatus(await idOf('PRL-4700'), 'closed')).status).toBe(200);
    });

    it.each([
      ['reopen a closed ticket', 'PRL-4700', 'open'],
      ['solve a closed ticket', 'PRL-4700', 'solved'],
      ['send a ticket back to received', 'PRL-4863', 'received'],
    ] as const)('refuses to %s with 409', async (_name, reference, status) => {
      await start();
      const id = await idOf(reference);
      const before = await engine.store.tickets.getTicket(id);
      const response = await setStatus(id, status);
      expect(response.status).toBe(409);
      const problem = (await response.json()) as Problem;
      expectContract(Problem, problem);
      expect(problem.code).toBe('conflict');
      expect(await engine.store.tickets.getTicket(id)).toEqual(before);
    });

    it('refuses an unknown ticket with 404 and an unknown status with 422', async () => {
      await start();
      expect((await setStatus('tkt_nope', 'open')).status).toBe(404);
      const invalid = await agent('PUT', `/tickets/${await idOf('PRL-4863')}/status`, { status: 'pending' });
      expect(invalid.status).toBe(422);
    });

    it("publishes ticket.updated to the ticket's contact, the contacts that looked it up, and the team", async () => {
      await start();
      const owner = await engine.startSession();
      const created = await createTicket(engine, owner.token);
      const visitor = await engine.startSession();
      await engine.request('POST', '/v1/tickets/lookup', {
        token: visitor.token,
        body: { reference: created.ticket.reference, accessKey: created.accessKey },
      });
      await setStatus(created.ticket.id, 'solved');
      for (const audience of [owner.contact.id, visitor.contact.id, 'team']) {
        const last = (await eventsFor(engine, audience)).at(-1);
        expect(last, audience).toMatchObject({
          type: 'ticket.updated',
          data: { ticket: { id: created.ticket.id, status: 'solved' } },
        });
      }
    });
  });

  describe('POST /tickets/{id}/comments', () => {
    it.each([
      ['received', 'PRL-4907', 'waiting_on_customer'],
      ['open', 'PRL-4863', 'waiting_on_customer'],
      ['waiting_on_customer', 'PRL-4821', 'waiting_on_customer'],
      ['solved', 'PRL-4750', 'solved'],
    ])('replies to a %s ticket, which then is %s', async (_from, reference, to) => {
      await start();
      const id = await idOf(reference);
      const before = await engine.store.tickets.getTicket(id);
      engine.clock.advance(1000);
      const response = await agent('POST', `/tickets/${id}/comments`, { text: 'We are on it.' });
      expect(response.status).toBe(201);
      const comment = (await response.json()) as TicketComment;
      expectContract(TicketComment, comment);
      expect(comment).toMatchObject({
        ticketId: id,
        text: 'We are on it.',
        author: { kind: 'agent', id: null, name: 'Lumen Support', avatarUrl: null },
      });
      const after = await engine.store.tickets.getTicket(id);
      expect(after?.status).toBe(to);
      expect(after?.statusHistory).toHaveLength(
        (before?.statusHistory.length ?? 0) + (before?.status === to ? 0 : 1),
      );
      expect(after?.commentCount).toBe((before?.commentCount ?? 0) + 1);
    });

    it('writes as the given author', async () => {
      await start();
      const response = await agent('POST', `/tickets/${await idOf('PRL-4863')}/comments`, {
        text: 'Hello',
        author: { name: 'Priya', avatarUrl: 'https://lumen.example/priya.png' },
      });
      expect(await response.json()).toMatchObject({
        author: { kind: 'agent', name: 'Priya', avatarUrl: 'https://lumen.example/priya.png' },
      });
    });

    it('refuses a reply to a closed ticket with 409 and to an unknown one with 404', async () => {
      await start();
      const closed = await agent('POST', `/tickets/${await idOf('PRL-4700')}/comments`, { text: 'Hello' });
      expect(closed.status).toBe(409);
      expect(await closed.json()).toMatchObject({ code: 'conflict' });
      expect((await agent('POST', '/tickets/tkt_nope/comments', { text: 'Hello' })).status).toBe(404);
    });

    it('reaches the customer: in the thread and as events', async () => {
      await start();
      const session = await engine.startSession();
      const found = await engine.request('POST', '/v1/tickets/lookup', {
        token: session.token,
        body: { reference: 'PRL-4863', email: 'prl-4863@example.com' },
      });
      const { ticket } = (await found.json()) as TicketLookupResponse;
      const reply = (await (
        await agent('POST', `/tickets/${ticket.id}/comments`, { text: 'Try again now.' })
      ).json()) as TicketComment;
      const thread = (await (
        await engine.request('GET', `/v1/tickets/${ticket.id}/comments`, { token: session.token })
      ).json()) as TicketCommentPage;
      expect(thread.data.at(-1)).toEqual(reply);
      for (const audience of [session.contact.id, 'team']) {
        const events = await eventsFor(engine, audience);
        expect(events.map((event) => event.type)).toEqual(['ticket.comment.created', 'ticket.updated']);
        expect(events[0]).toMatchObject({ data: { ticketId: ticket.id, comment: reply } });
        expect(events[1]).toMatchObject({
          data: { ticket: { id: ticket.id, status: 'waiting_on_customer' } },
        });
      }
    });

    it('replays a retry with the same Idempotency-Key', async () => {
      await start();
      const id = await idOf('PRL-4863');
      const send = () =>
        agent('POST', `/tickets/${id}/comments`, { text: 'Once' }, { 'Idempotency-Key': 'agent-1' });
      const first = await send();
      const second = await send();
      expect(second.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await second.json()).toEqual(await first.json());
      expect((await engine.store.tickets.getTicket(id))?.commentCount).toBe(2);
    });
  });

  it('answers other methods with 405', async () => {
    await start();
    for (const [method, path, allow] of [
      ['POST', '/tickets', 'GET'],
      ['DELETE', '/tickets/tkt_x', 'GET'],
      ['POST', '/tickets/tkt_x/status', 'PUT'],
      ['PUT', '/tickets/tkt_x/comments', 'GET, POST'],
    ] as const) {
      const response = await agent(method, path);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('Allow')).toBe(allow);
    }
  });
});
