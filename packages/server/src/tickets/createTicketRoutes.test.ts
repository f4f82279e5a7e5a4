import {
  CreatedTicket,
  Problem,
  type Session,
  Ticket,
  TicketComment,
  TicketCommentPage,
  TicketLookupResponse,
  TicketPage,
} from '@parley/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleFiles, uploadFile } from '../attachments/attachmentFixtures';
import { sha256Hex } from '../security/sha256Hex';
import { demoContent } from '../seed/demoContent';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';
import { newTicketReference } from './newTicketReference';
import { ADA_ACCESS_KEY, createTicket, eventsFor, offlineForm, ticketTestContent } from './ticketFixtures';

vi.mock('./newTicketReference', async (importOriginal) => {
  const original = await importOriginal<typeof import('./newTicketReference')>();
  return { newTicketReference: vi.fn(original.newTicketReference) };
});

const MINUTE = 60_000;

describe.each(storeKinds)('tickets on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function start(settings = {}) {
    engine = await createTestEngine(kind, { seed: ticketTestContent, settings });
    return engine;
  }

  const lookup = (session: Session, body: unknown, headers: Record<string, string> = {}) =>
    engine.request('POST', '/v1/tickets/lookup', { token: session.token, body, headers });

  async function lookUpAda(session: Session) {
    const response = await lookup(session, { reference: 'PRL-4821', email: 'ada@example.com' });
    expect(response.status).toBe(200);
    return ((await response.json()) as TicketLookupResponse).ticket;
  }

  async function identify(session: Session, userId: string) {
    await engine.store.sessions.updateContact(session.contact.id, { kind: 'user', userId });
  }

  describe('POST /v1/tickets', () => {
    it('creates a received ticket with a random reference and an access key shown once', async () => {
      await start();
      const session = await engine.startSession();
      const response = await engine.request('POST', '/v1/tickets', {
        token: session.token,
        body: offlineForm,
      });
      expect(response.status).toBe(201);
      const created = (await response.json()) as CreatedTicket;
      expectContract(CreatedTicket, created);
      expect(response.headers.get('Location')).toBe(`/v1/tickets/${created.ticket.id}`);
      expect(created.ticket).toMatchObject({
        subject: offlineForm.subject,
        status: 'received',
        statusHistory: [{ status: 'received', at: new Date(engine.clock.now()).toISOString() }],
        requester: { name: 'Noor Haddad', email: 'Noor@Example.com' },
        commentCount: 1,
      });
      expect(created.ticket.reference).toMatch(/^PRL-[0-9]{4,6}$/);
      expect(created.accessKey.length).toBeGreaterThanOrEqual(24);

      // The key is kept only as its hash, and never shown again.
      const stored = await engine.store.tickets.getTicket(created.ticket.id);
      expect(stored?.accessKeyHash).toBe(await sha256Hex(created.accessKey));
      expect(JSON.stringify(stored)).not.toContain(created.accessKey);
      const again = await engine.request('GET', `/v1/tickets/${created.ticket.id}`, { token: session.token });
      expect(await again.text()).not.toContain(created.accessKey);

      const comments = await engine.request('GET', `/v1/tickets/${created.ticket.id}/comments`, {
        token: session.token,
      });
      const page = (await comments.json()) as TicketCommentPage;
      expectContract(TicketCommentPage, page);
      expect(page.data).toEqual([
        expect.objectContaining({
          text: offlineForm.message,
          author: { kind: 'visitor', id: session.contact.id, name: 'Noor Haddad', avatarUrl: null },
        }),
      ]);
      expect(stored?.context).toEqual(offlineForm.context);
    });

    it('names the first comment after the email when the form has no name', async () => {
      await start();
      const session = await engine.startSession();
      const { name: _name, ...form } = offlineForm;
      const response = await engine.request('POST', '/v1/tickets', { token: session.token, body: form });
      const created = (await response.json()) as CreatedTicket;
      expect(created.ticket.requester).toEqual({ name: null, email: 'Noor@Example.com' });
      const page = await engine.store.tickets.listComments(created.ticket.id, { limit: 1 });
      expect(page[0]?.author.name).toBe('Noor@Example.com');
    });

    it('gives every ticket its own random reference, drawing again when one is taken', async () => {
      await start();
      const session = await engine.startSession();
      vi.mocked(newTicketReference).mockReturnValueOnce('PRL-4821').mockReturnValueOnce('PRL-5550');
      const retried = await createTicket(engine, session.token);
      expect(retried.ticket.reference).toBe('PRL-5550');
      const references = new Set<string>();
      for (let index = 0; index < 12; index += 1) {
        references.add((await createTicket(engine, session.token)).ticket.reference);
      }
      expect(references.size).toBe(12);
      const numbers = [...references].map((reference) => Number(reference.slice(4))).sort((a, b) => a - b);
      expect(numbers.every((value, index) => index === 0 || value - (numbers[index - 1] ?? 0) === 1)).toBe(
        false,
      );
    });

    it('publishes ticket.updated to the contact and the team', async () => {
      await start();
      const session = await engine.startSession();
      const created = await createTicket(engine, session.token);
      for (const audience of [session.contact.id, 'team']) {
        const events = await eventsFor(engine, audience);
        expect(events.map((event) => event.type)).toEqual(['ticket.updated']);
        expect(events[0]).toMatchObject({ data: { ticket: { id: created.ticket.id } } });
      }
    });

    it('attaches files the contact uploaded and refuses unknown or foreign ones at their index', async () => {
      await start();
      const session = await engine.startSession();
      const other = await engine.startSession();
      const own = (await (
        await uploadFile(engine, session.token, sampleFiles.png, 'image/png', 'a.png')
      ).json()) as {
        id: string;
      };
      const foreign = (await (
        await uploadFile(engine, other.token, sampleFiles.png, 'image/png')
      ).json()) as {
        id: string;
      };
      const refused = await engine.request('POST', '/v1/tickets', {
        token: session.token,
        body: { ...offlineForm, attachmentIds: [own.id, 'att_nope', foreign.id] },
      });
      expect(refused.status).toBe(422);
      const problem = (await refused.json()) as Problem;
      expectContract(Problem, problem);
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors?.map((error) => error.pointer)).toEqual(['/attachmentIds/1', '/attachmentIds/2']);
      expect(await engine.store.tickets.listTickets({ contactId: session.contact.id }, { limit: 5 })).toEqual(
        [],
      );

      const created = await createTicket(engine, session.token, { attachmentIds: [own.id] });
      const [first] = await engine.store.tickets.listComments(created.ticket.id, { limit: 1 });
      expect(first?.attachments).toEqual([
        expect.objectContaining({ id: own.id, name: 'a.png', contentType: 'image/png' }),
      ]);
    });

    it('shows the files of comments with fresh signed links, to the visitor and to the team', async () => {
      await start({ agentToken: 'agent-token' });
      const session = await engine.startSession();
      const upload = await uploadFile(engine, session.token, sampleFiles.png, 'image/png', 'a.png');
      const { id } = (await upload.json()) as { id: string };
      const created = await createTicket(engine, session.token, { attachmentIds: [id] });
      const reply = await engine.request('POST', `/v1/tickets/${created.ticket.id}/comments`, {
        token: session.token,
        body: { text: 'And again.', attachmentIds: [id] },
      });
      const replied = (await reply.json()) as TicketComment;
      engine.clock.advance(20 * MINUTE);

      const visitor = await engine.request('GET', `/v1/tickets/${created.ticket.id}/comments`, {
        token: session.token,
      });
      const team = await engine.request('GET', `/v1/agent/tickets/${created.ticket.id}/comments`, {
        token: 'agent-token',
      });
      const pages = [(await visitor.json()) as TicketCommentPage, (await team.json()) as TicketCommentPage];
      const urls = pages.flatMap((page) =>
        page.data.flatMap((comment) => comment.attachments.map((file) => file.url)),
      );
      expect(urls).toHaveLength(4);
      for (const url of [...urls, replied.attachments[0]?.url ?? '']) {
        const fresh = url !== replied.attachments[0]?.url;
        const download = await engine.request('GET', url);
        // The reply's own link was signed 20 minutes ago and has expired; the lists signed new ones.
        expect(download.status).toBe(fresh ? 200 : 403);
        if (fresh) expect(new Uint8Array(await download.arrayBuffer())).toEqual(sampleFiles.png);
      }
    });

    it("checks the fields against the widget's offline form", async () => {
      await start();
      const session = await engine.startSession('wk_other');
      const send = (fields?: Record<string, string>) =>
        engine.request('POST', '/v1/tickets', {
          token: session.token,
          body: { ...offlineForm, ...(fields === undefined ? {} : { fields }) },
        });
      const cases: [Record<string, string> | undefined, string[]][] = [
        [undefined, ['/fields/plan']],
        [{ plan: '  ' }, ['/fields/plan']],
        [{ plan: 'gold' }, ['/fields/plan']],
        [{ plan: 'plus', billingEmail: 'accounts' }, ['/fields/billingEmail']],
        [{ plan: 'plus', 'order/id': '1042' }, ['/fields/order~1id']],
      ];
      for (const [fields, pointers] of cases) {
        const response = await send(fields);
        expect(response.status, JSON.stringify(fields)).toBe(422);
        const problem = (await response.json()) as Problem;
        expect(problem.errors?.map((error) => error.pointer)).toEqual(pointers);
      }
      const created = (await (await send({ plan: ' plus ' })).json()) as CreatedTicket;
      expect((await engine.store.tickets.getTicket(created.ticket.id))?.fields).toEqual({ plan: 'plus' });
    });

    it.each([
      ['a missing email', { email: undefined }, '/'],
      ['an email that is not one', { email: 'noor' }, '/email'],
      ['a blank subject', { subject: '   ' }, '/subject'],
      ['a blank message', { message: ' \n ' }, '/message'],
      ['an unknown field', { priority: 'urgent' }, '/'],
    ])('refuses %s with 422', async (_name, change, pointer) => {
      await start();
      const session = await engine.startSession();
      const response = await engine.request('POST', '/v1/tickets', {
        token: session.token,
        body: { ...offlineForm, ...change },
      });
      expect(response.status).toBe(422);
      const problem = (await response.json()) as Problem;
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors?.some((error) => error.pointer === pointer)).toBe(true);
    });

    it('replays a retry with the same Idempotency-Key instead of creating a second ticket', async () => {
      await start();
      const session = await engine.startSession();
      const send = (body: unknown) =>
        engine.request('POST', '/v1/tickets', {
          token: session.token,
          body,
          headers: { 'Idempotency-Key': 'form-1' },
        });
      const first = await send(offlineForm);
      const second = await send(offlineForm);
      expect(second.status).toBe(201);
      expect(second.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await second.json()).toEqual(await first.json());
      expect(
        await engine.store.tickets.listTickets({ contactId: session.contact.id }, { limit: 5 }),
      ).toHaveLength(1);
      const other = await send({ ...offlineForm, subject: 'Something else' });
      expect(other.status).toBe(422);
      expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    });

    it('needs a session', async () => {
      await start();
      const response = await engine.request('POST', '/v1/tickets', { body: offlineForm });
      expect(response.status).toBe(401);
    });
  });

  describe('POST /v1/tickets/lookup', () => {
    it('finds a ticket by reference and email, ignoring case and spaces, and opens it to the session', async () => {
      await start();
      const session = await engine.startSession();
      const response = await lookup(session, { reference: ' prl-4821 ', email: '  ADA@example.COM ' });
      expect(response.status).toBe(200);
      const body = (await response.json()) as TicketLookupResponse;
      expectContract(TicketLookupResponse, body);
      expect(body.ticket).toMatchObject({
        reference: 'PRL-4821',
        status: 'waiting_on_customer',
        commentCount: 2,
      });

      const ticket = await engine.request('GET', `/v1/tickets/${body.ticket.id}`, { token: session.token });
      expect(ticket.status).toBe(200);
      expectContract(Ticket, await ticket.json());
      const comments = await engine.request('GET', `/v1/tickets/${body.ticket.id}/comments`, {
        token: session.token,
      });
      expect(((await comments.json()) as TicketCommentPage).data).toHaveLength(2);
    });

    it('finds a ticket by reference and access key', async () => {
      await start();
      const owner = await engine.startSession();
      const created = await createTicket(engine, owner.token);
      const stranger = await engine.startSession();
      const response = await lookup(stranger, {
        reference: created.ticket.reference,
        accessKey: created.accessKey,
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as TicketLookupResponse).ticket.id).toBe(created.ticket.id);
      const seeded = await lookup(stranger, { reference: 'PRL-4821', accessKey: ADA_ACCESS_KEY });
      expect(seeded.status).toBe(200);
    });

    it('keeps the access of a visitor who reloads the page (a resumed session of the same contact)', async () => {
      await start();
      const session = await engine.startSession();
      const ticket = await lookUpAda(session);
      const resumed = await engine.request('POST', '/v1/session', {
        body: { widgetKey: 'wk_demo', resumeToken: session.resumeToken },
      });
      const next = (await resumed.json()) as Session;
      expect(next.contact.id).toBe(session.contact.id);
      const response = await engine.request('GET', `/v1/tickets/${ticket.id}`, { token: next.token });
      expect(response.status).toBe(200);
    });

    it('answers a wrong reference, a wrong email and a wrong key with the identical 404', async () => {
      await start();
      const session = await engine.startSession();
      const answers = await Promise.all(
        [
          { reference: 'PRL-0001', email: 'ada@example.com' },
          { reference: 'PRL-4821', email: 'eve@example.com' },
          { reference: 'PRL-4821', accessKey: 'wrong-key-0123456789abcdef' },
          { reference: 'PRL-4821', accessKey: ADA_ACCESS_KEY.slice(0, -1) },
          { reference: 'PRL-0001', accessKey: ADA_ACCESS_KEY },
          { reference: 'PRL-9999', email: 'prl-9999@example.com' }, // another widget's ticket
        ].map(async (body) => {
          const response = await lookup(session, body);
          return {
            status: response.status,
            headers: [...response.headers.entries()],
            body: await response.text(),
          };
        }),
      );
      const [first] = answers;
      expect(first?.status).toBe(404);
      expect(JSON.parse(first?.body ?? '')).toMatchObject({ code: 'ticket_not_found' });
      expectContract(Problem, JSON.parse(first?.body ?? ''));
      for (const answer of answers) expect(answer).toEqual(first);
    });

    it('limits lookups per contact per minute, before looking anything up', async () => {
      await start({ lookupsPerClientPerMinute: 3 });
      const session = await engine.startSession();
      for (let index = 0; index < 3; index += 1) {
        expect((await lookup(session, { reference: `PRL-10${index}0`, email: 'x@example.com' })).status).toBe(
          404,
        );
      }
      // Even the right details are refused now.
      const limited = await lookup(session, { reference: 'PRL-4821', email: 'ada@example.com' });
      expect(limited.status).toBe(429);
      const problem = (await limited.json()) as Problem;
      expectContract(Problem, problem);
      expect(problem).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 60 });
      expect(limited.headers.get('Retry-After')).toBe('60');
      // Another visitor is not affected.
      expect((await lookUpAda(await engine.startSession())).reference).toBe('PRL-4821');
      engine.clock.advance(MINUTE);
      expect((await lookUpAda(session)).reference).toBe('PRL-4821');
    });

    it('ignores forwarded-address headers unless a proxy is trusted', async () => {
      await start({ lookupsPerClientPerMinute: 2 });
      for (let index = 0; index < 3; index += 1) {
        const session = await engine.startSession();
        const forged = { 'X-Forwarded-For': '203.0.113.7' };
        expect(
          (await lookup(session, { reference: 'PRL-1000', email: 'x@example.com' }, forged)).status,
        ).toBe(404);
      }
    });

    it('limits lookups per client address across sessions when a trusted proxy reports it', async () => {
      await start({ lookupsPerClientPerMinute: 2, trustProxy: true });
      const headers = { 'X-Forwarded-For': '203.0.113.7, 10.0.0.1' };
      for (let index = 0; index < 2; index += 1) {
        const session = await engine.startSession();
        expect(
          (await lookup(session, { reference: 'PRL-1000', email: 'x@example.com' }, headers)).status,
        ).toBe(404);
      }
      const fresh = await engine.startSession();
      const limited = await lookup(fresh, { reference: 'PRL-4821', email: 'ada@example.com' }, headers);
      expect(limited.status).toBe(429);
      const cloudflare = await lookup(
        fresh,
        { reference: 'PRL-4821', email: 'ada@example.com' },
        {
          'CF-Connecting-IP': '203.0.113.7',
        },
      );
      expect(cloudflare.status).toBe(429);
      const elsewhere = await lookup(
        await engine.startSession(),
        { reference: 'PRL-4821', email: 'ada@example.com' },
        {
          'X-Forwarded-For': '198.51.100.2',
        },
      );
      expect(elsewhere.status).toBe(200);
    });

    it('limits failed lookups per reference, whether or not a ticket has it, for 15 minutes', async () => {
      await start({ failedLookupsPerReference: 2 });
      for (const reference of ['PRL-4821', 'prl-0404']) {
        for (let index = 0; index < 2; index += 1) {
          const session = await engine.startSession();
          expect((await lookup(session, { reference, email: 'eve@example.com' })).status).toBe(404);
        }
      }
      const session = await engine.startSession();
      const existing = await lookup(session, { reference: 'PRL-4821', email: 'ada@example.com' });
      const missing = await lookup(session, { reference: 'PRL-0404', email: 'ada@example.com' });
      expect(existing.status).toBe(429);
      expect(missing.status).toBe(429);
      expect(await existing.json()).toEqual(await missing.json());
      // Other references are not affected.
      expect((await lookup(session, { reference: 'PRL-4907', email: 'prl-4907@example.com' })).status).toBe(
        200,
      );
      engine.clock.advance(15 * MINUTE);
      expect((await lookUpAda(session)).reference).toBe('PRL-4821');
    });

    it('refuses a body with both an email and an access key', async () => {
      await start();
      const session = await engine.startSession();
      const response = await lookup(session, {
        reference: 'PRL-4821',
        email: 'ada@example.com',
        accessKey: ADA_ACCESS_KEY,
      });
      expect(response.status).toBe(422);
    });
  });

  describe('GET /v1/tickets', () => {
    it('is only for identified users', async () => {
      await start();
      const session = await engine.startSession();
      const response = await engine.request('GET', '/v1/tickets', { token: session.token });
      expect(response.status).toBe(403);
      const problem = (await response.json()) as Problem;
      expectContract(Problem, problem);
      expect(problem.code).toBe('identity_required');
    });

    it("lists the user's own tickets, newest first, a page at a time", async () => {
      await start();
      const session = await engine.startSession();
      await identify(session, 'user-1');
      const created: string[] = [];
      for (const subject of ['First', 'Second', 'Third']) {
        created.push((await createTicket(engine, session.token, { subject })).ticket.id);
        engine.clock.advance(1000);
      }
      await lookUpAda(session); // looked up, not owned: not listed
      const other = await engine.startSession();
      await createTicket(engine, other.token);

      const first = await engine.request('GET', '/v1/tickets?limit=2', { token: session.token });
      const page = (await first.json()) as TicketPage;
      expectContract(TicketPage, page);
      expect(page.data.map((ticket) => ticket.subject)).toEqual(['Third', 'Second']);
      expect(page.nextCursor).not.toBeNull();
      const second = await engine.request('GET', `/v1/tickets?limit=2&cursor=${page.nextCursor}`, {
        token: session.token,
      });
      const rest = (await second.json()) as TicketPage;
      expect(rest).toEqual({ data: [expect.objectContaining({ id: created[0] })], nextCursor: null });
    });

    it('lists tickets a visitor created before identifying', async () => {
      await start();
      const session = await engine.startSession();
      const created = await createTicket(engine, session.token);
      const user = await engine.startSession();
      await identify(user, 'user-1');
      await engine.store.tickets.reassignContact(session.contact.id, user.contact.id);
      const response = await engine.request('GET', '/v1/tickets', { token: user.token });
      expect(((await response.json()) as TicketPage).data.map((ticket) => ticket.id)).toEqual([
        created.ticket.id,
      ]);
    });

    it.each([
      ['a limit of 0', 'limit=0', 'invalid_request'],
      ['a limit over 100', 'limit=101', 'invalid_request'],
      ['a limit that is not a number', 'limit=ten', 'invalid_request'],
      ['a made-up cursor', 'cursor=abc', 'invalid_cursor'],
      ['a cursor of another list', `cursor=${btoa('comments.1.1')}`, 'invalid_cursor'],
    ])('refuses %s with 400', async (_name, query, code) => {
      await start();
      const session = await engine.startSession();
      await identify(session, 'user-1');
      const response = await engine.request('GET', `/v1/tickets?${query}`, { token: session.token });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code });
    });
  });

  describe('GET /v1/tickets/{id}', () => {
    it('shows a ticket to its owner and answers 404 to anyone else', async () => {
      await start();
      const owner = await engine.startSession();
      const created = await createTicket(engine, owner.token);
      const mine = await engine.request('GET', `/v1/tickets/${created.ticket.id}`, { token: owner.token });
      expect(mine.status).toBe(200);
      expect(await mine.json()).toEqual(created.ticket);

      const stranger = await engine.startSession();
      const theirs = await engine.request('GET', `/v1/tickets/${created.ticket.id}`, {
        token: stranger.token,
      });
      const unknown = await engine.request('GET', '/v1/tickets/tkt_nope', { token: stranger.token });
      expect(theirs.status).toBe(404);
      expect(await theirs.text()).toBe(await unknown.text());
      const comments = await engine.request('GET', `/v1/tickets/${created.ticket.id}/comments`, {
        token: stranger.token,
      });
      expect(comments.status).toBe(404);
    });

    it("does not show another widget's ticket even to a contact granted access", async () => {
      await start();
      const session = await engine.startSession('wk_other');
      const ticket = await engine.store.tickets.findTicketByReference('wk_demo', 'PRL-4821');
      await engine.store.tickets.grantAccess(ticket?.id ?? '', session.contact.id, engine.clock.now());
      const response = await engine.request('GET', `/v1/tickets/${ticket?.id}`, { token: session.token });
      expect(response.status).toBe(404);
    });

    it('answers other methods with 405', async () => {
      await start();
      const session = await engine.startSession();
      for (const [method, path, allow] of [
        ['DELETE', '/v1/tickets', 'GET, POST'],
        ['GET', '/v1/tickets/lookup', 'POST'],
        ['PUT', '/v1/tickets/tkt_x', 'GET'],
        ['DELETE', '/v1/tickets/tkt_x/comments', 'GET, POST'],
      ] as const) {
        const response = await engine.request(method, path, { token: session.token });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('Allow')).toBe(allow);
      }
    });
  });

  describe('the thread of a ticket', () => {
    it('lists comments oldest first, a page at a time', async () => {
      await start();
      const session = await engine.startSession();
      const ticket = await lookUpAda(session);
      engine.clock.advance(1000);
      const reply = await engine.request('POST', `/v1/tickets/${ticket.id}/comments`, {
        token: session.token,
        body: { text: 'It is the Lisbon note.' },
      });
      expect(reply.status).toBe(201);
      const first = (await (
        await engine.request('GET', `/v1/tickets/${ticket.id}/comments?limit=2`, { token: session.token })
      ).json()) as TicketCommentPage;
      expect(first.data.map((comment) => comment.author.kind)).toEqual(['visitor', 'agent']);
      const second = (await (
        await engine.request('GET', `/v1/tickets/${ticket.id}/comments?limit=2&cursor=${first.nextCursor}`, {
          token: session.token,
        })
      ).json()) as TicketCommentPage;
      expect(second.data.map((comment) => comment.text)).toEqual(['It is the Lisbon note.']);
      expect(second.nextCursor).toBeNull();
    });

    it.each([
      ['waiting_on_customer', 'PRL-4821', 'ada@example.com', 'open'],
      ['solved', 'PRL-4750', 'prl-4750@example.com', 'open'],
      ['received', 'PRL-4907', 'prl-4907@example.com', 'received'],
      ['open', 'PRL-4863', 'prl-4863@example.com', 'open'],
    ])('takes a reply on a %s ticket, which then is %s', async (from, reference, email, to) => {
      await start();
      const session = await engine.startSession();
      const found = await lookup(session, { reference, email });
      const { ticket } = (await found.json()) as TicketLookupResponse;
      expect(ticket.status).toBe(from);
      engine.clock.advance(5000);
      const response = await engine.request('POST', `/v1/tickets/${ticket.id}/comments`, {
        token: session.token,
        body: { text: '  Any news?  ' },
      });
      expect(response.status).toBe(201);
      const comment = (await response.json()) as TicketComment;
      expectContract(TicketComment, comment);
      expect(comment).toMatchObject({
        ticketId: ticket.id,
        text: 'Any news?',
        author: {
          kind: 'visitor',
          id: session.contact.id,
          name: reference === 'PRL-4821' ? 'Ada Okafor' : `Requester of ${reference}`,
        },
        createdAt: new Date(engine.clock.now()).toISOString(),
      });
      const after = (await (
        await engine.request('GET', `/v1/tickets/${ticket.id}`, { token: session.token })
      ).json()) as Ticket;
      expect(after.status).toBe(to);
      expect(after.commentCount).toBe(ticket.commentCount + 1);
      expect(after.updatedAt).toBe(comment.createdAt);
      expect(after.statusHistory).toHaveLength(ticket.statusHistory.length + (from === to ? 0 : 1));
      if (from !== to) expect(after.statusHistory.at(-1)).toEqual({ status: to, at: comment.createdAt });
    });

    it('refuses a reply on a closed ticket with 409', async () => {
      await start();
      const session = await engine.startSession();
      const found = await lookup(session, { reference: 'PRL-4700', email: 'prl-4700@example.com' });
      const { ticket } = (await found.json()) as TicketLookupResponse;
      const response = await engine.request('POST', `/v1/tickets/${ticket.id}/comments`, {
        token: session.token,
        body: { text: 'Hello?' },
      });
      expect(response.status).toBe(409);
      const problem = (await response.json()) as Problem;
      expectContract(Problem, problem);
      expect(problem.code).toBe('conflict');
      expect((await engine.store.tickets.getTicket(ticket.id))?.commentCount).toBe(ticket.commentCount);
    });

    it('publishes the comment and the ticket to the owner, the contacts that looked it up, and the team', async () => {
      await start();
      const owner = await engine.startSession();
      const created = await createTicket(engine, owner.token);
      const visitor = await engine.startSession();
      await lookup(visitor, { reference: created.ticket.reference, accessKey: created.accessKey });
      const response = await engine.request('POST', `/v1/tickets/${created.ticket.id}/comments`, {
        token: visitor.token,
        body: { text: 'Me again, from my phone.' },
      });
      const comment = (await response.json()) as TicketComment;
      for (const audience of [owner.contact.id, visitor.contact.id, 'team']) {
        const last = (await eventsFor(engine, audience)).slice(-2);
        expect(
          last.map((event) => event.type),
          audience,
        ).toEqual(['ticket.comment.created', 'ticket.updated']);
        expect(last[0]).toMatchObject({ data: { ticketId: created.ticket.id, comment } });
        expect(last[1]).toMatchObject({ data: { ticket: { id: created.ticket.id, commentCount: 2 } } });
      }
    });

    it('replays a retried reply with the same Idempotency-Key', async () => {
      await start();
      const session = await engine.startSession();
      const ticket = await lookUpAda(session);
      const send = () =>
        engine.request('POST', `/v1/tickets/${ticket.id}/comments`, {
          token: session.token,
          body: { text: 'Once only' },
          headers: { 'Idempotency-Key': 'reply-1' },
        });
      const first = await send();
      const second = await send();
      expect(second.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await second.json()).toEqual(await first.json());
      expect((await engine.store.tickets.getTicket(ticket.id))?.commentCount).toBe(3);
    });

    it('refuses a reply to a ticket the contact may not read with 404, and a blank reply with 422', async () => {
      await start();
      const session = await engine.startSession();
      const ada = await engine.store.tickets.findTicketByReference('wk_demo', 'PRL-4821');
      const hidden = await engine.request('POST', `/v1/tickets/${ada?.id}/comments`, {
        token: session.token,
        body: { text: 'Let me in' },
      });
      expect(hidden.status).toBe(404);
      await lookUpAda(session);
      const blank = await engine.request('POST', `/v1/tickets/${ada?.id}/comments`, {
        token: session.token,
        body: { text: '   ' },
      });
      expect(blank.status).toBe(422);
    });
  });
});

describe.each(storeKinds)('the demo content on %s storage', (kind) => {
  it('lets the demo ticket PRL-4821 be looked up with its email', async () => {
    const engine = await createTestEngine(kind, { seed: demoContent });
    try {
      const session = await engine.startSession();
      const response = await engine.request('POST', '/v1/tickets/lookup', {
        token: session.token,
        body: { reference: 'PRL-4821', email: 'ada@example.com' },
      });
      expect(response.status).toBe(200);
      expectContract(TicketLookupResponse, await response.json());
    } finally {
      await engine.close();
    }
  });
});
