import { createParleyHandlers, type ParleyHandlersOptions } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend/Backend';
import { createTestRuntime, type TestRuntimeOptions } from '../testing/createTestRuntime';
import { failureOf } from '../testing/failureOf';
import { recordFetch } from '../testing/recordFetch';
import { untilSnapshot } from '../testing/untilSnapshot';
import { createTickets } from './createTickets';

const baseUrl = 'http://parley.test';
const server = setupServer();
const useEngine = (options: ParleyHandlersOptions = {}) =>
  server.resetHandlers(...createParleyHandlers({ settings: { agentToken: 't', ...options.settings } }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => useEngine());
afterAll(() => server.close());

function setup(options: TestRuntimeOptions & { fetch?: typeof fetch } = {}) {
  const recorder = recordFetch();
  const runtime = createTestRuntime({ fetch: recorder.fetch, ...options });
  return { runtime, tickets: createTickets(runtime), requests: recorder.requests };
}

/** A fetch that delivers the first request matching `drop` to the backend, then loses its answer. */
function losingFirstAnswer(drop: (method: string, url: string) => boolean) {
  const recorder = recordFetch();
  let lost = false;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await recorder.fetch(input, init);
    if (!lost && drop(init?.method ?? 'GET', String(input))) {
      lost = true;
      throw new TypeError('The connection was reset.');
    }
    return response;
  };
  return { fetch, requests: recorder.requests };
}

/** Calls the engine's agent API, as the team's inbox does. */
async function agent(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}/v1/agent${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  expect(response.ok).toBe(true);
  return response.json() as Promise<{ data: { ticket: { id: string; subject: string } }[] }>;
}

const lookups = (requests: { url: URL }[]) => requests.filter((r) => r.url.pathname === '/v1/tickets/lookup');

describe('tickets.lookup', () => {
  it('finds PRL-4821 by its reference and the requester’s email', async () => {
    const { tickets } = setup();
    const ticket = await tickets.lookup({ reference: ' PRL-4821 ', email: ' ada@example.com ' });
    expect(ticket.reference).toBe('PRL-4821');
    expect(ticket.requester).toEqual({ name: 'Ada Okafor', email: 'ada@example.com' });
    expect(ticket.statusHistory.map((entry) => entry.status)).toEqual([
      'received',
      'open',
      'waiting_on_customer',
    ]);
  });

  it('answers a wrong email exactly as a wrong reference', async () => {
    const { tickets } = setup();
    const wrongEmail = await failureOf(tickets.lookup({ reference: 'PRL-4821', email: 'eve@example.com' }));
    const wrongReference = await failureOf(
      tickets.lookup({ reference: 'PRL-9999', email: 'ada@example.com' }),
    );
    expect(wrongEmail.code).toBe('not_found');
    const { code, status, problemCode, message } = wrongEmail;
    expect({ code, status, problemCode, message }).toEqual({
      code: wrongReference.code,
      status: wrongReference.status,
      problemCode: wrongReference.problemCode,
      message: wrongReference.message,
    });
  });

  it('finds a ticket by its access key', async () => {
    const { tickets } = setup();
    const ticket = await tickets.lookup({
      reference: 'PRL-4821',
      accessKey: '870IoLl1nG5vbLP9f4-gmzgtTH9Rffsl',
    });
    expect(ticket.reference).toBe('PRL-4821');
  });

  it('reports rate_limited with the wait, and never retries a lookup by itself', async () => {
    useEngine({ settings: { lookupsPerClientPerMinute: 2 } });
    const { runtime, tickets, requests } = setup();
    await tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' });
    await failureOf(tickets.lookup({ reference: 'PRL-4821', email: 'eve@example.com' }));
    const error = await failureOf(tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' }));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(lookups(requests)).toHaveLength(3);
    expect(runtime.retries()).toBe(0);
  });

  it('refuses an empty reference or email without asking the backend', async () => {
    const { tickets, requests } = setup();
    expect((await failureOf(tickets.lookup({ reference: ' ', email: 'ada@example.com' }))).code).toBe(
      'invalid_request',
    );
    expect((await failureOf(tickets.lookup({ reference: 'PRL-4821', email: '' }))).code).toBe(
      'invalid_request',
    );
    expect((await failureOf(tickets.lookup({ reference: 'PRL-4821', accessKey: ' ' }))).code).toBe(
      'invalid_request',
    );
    expect(requests).toHaveLength(0);
  });
});

describe('tickets.create', () => {
  afterEach(() => {
    delete (globalThis as { location?: unknown }).location;
  });

  it('creates a ticket whose access key opens it in another session', async () => {
    const { runtime, tickets } = setup();
    const { ticket, accessKey } = await tickets.create({
      email: 'noor@example.com',
      name: 'Noor Haddad',
      subject: 'Export to PDF cuts off the last page',
      message: 'It happens with every notebook.',
    });
    expect(ticket.reference).toMatch(/^PRL-\d{4,6}$/);
    expect(ticket.status).toBe('received');
    expect(ticket.requester).toEqual({ name: 'Noor Haddad', email: 'noor@example.com' });
    expect(runtime.emitted).toEqual([{ name: 'ticket', payload: { ticket } }]);

    const elsewhere = setup();
    const found = await elsewhere.tickets.lookup({ reference: ticket.reference, accessKey });
    expect(found.id).toBe(ticket.id);
    expect(elsewhere.runtime.session.current()?.contact.id).not.toBe(runtime.session.current()?.contact.id);
  });

  it('announces a new ticket once, though its realtime echo follows', async () => {
    const { runtime, tickets } = setup({ realtime: 'stream' });
    // The echo may arrive before the create's own answer does.
    const echoes = new Set<string>();
    let echoed: () => void = () => {};
    const stopWatching = runtime.realtime.subscribe({
      onEvent: (event) => {
        if (event.type === 'ticket.updated') echoes.add(event.data.ticket.id);
        echoed();
      },
    });
    const stopList = tickets.list().subscribe(() => {});
    await runtime.feed.connected();
    const { ticket } = await tickets.create({ email: 'noor@example.com', subject: 'Echo', message: 'Hello' });
    while (!echoes.has(ticket.id)) {
      await new Promise<void>((resolve) => {
        echoed = resolve;
      });
    }
    expect(runtime.emitted.filter((event) => event.name === 'ticket')).toEqual([
      { name: 'ticket', payload: { ticket } },
    ]);
    stopList();
    stopWatching();
  });

  it('sends the page and the searches and articles seen before as context', async () => {
    Object.defineProperty(globalThis, 'location', {
      configurable: true,
      value: { href: 'https://lumen.example/app/export' },
    });
    const { runtime, tickets, requests } = setup({ locale: 'zh-Hans' });
    runtime.activity.recordSearch('export pdf');
    runtime.activity.recordArticleView('art_export_notes');
    await tickets.create({ email: 'noor@example.com', subject: 'PDF', message: 'The last page is missing.' });
    const create = requests.find((r) => r.method === 'POST' && r.url.pathname === '/v1/tickets');
    expect(create?.status).toBe(201);
    expect(JSON.parse(create?.body ?? '').context).toEqual({
      pageUrl: 'https://lumen.example/app/export',
      locale: 'zh-Hans',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      recentSearches: ['export pdf'],
      viewedArticleIds: ['art_export_notes'],
    });
  });

  it('uploads the files first and attaches them to the first message', async () => {
    const { tickets } = setup();
    const file = new File(['Sync report: 1 pending change'], 'sync-report.txt', { type: 'text/plain' });
    const { ticket } = await tickets.create({
      email: 'noor@example.com',
      subject: 'Sync stuck',
      message: 'Report attached.',
      files: [file],
    });
    const { comments } = await untilSnapshot(tickets.get(ticket.id), (state) => state.status === 'ready');
    expect(comments[0]?.attachments.map((attachment) => attachment.name)).toEqual(['sync-report.txt']);
  });

  it('creates one ticket when an answer is lost and the call is retried, with one key', async () => {
    const flaky = losingFirstAnswer((method, url) => method === 'POST' && url.endsWith('/v1/tickets'));
    const runtime = createTestRuntime({ fetch: flaky.fetch });
    const subject = `Lost answer ${Math.random()}`;
    const { ticket } = await createTickets(runtime).create({
      email: 'noor@example.com',
      subject,
      message: 'Hello',
    });
    const creates = flaky.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/tickets');
    expect(creates).toHaveLength(2);
    expect(creates[0]?.headers.get('idempotency-key')).toMatch(/\S/);
    expect(creates[1]?.headers.get('idempotency-key')).toBe(creates[0]?.headers.get('idempotency-key'));
    expect(creates[1]?.body).toBe(creates[0]?.body);
    const all = await agent('/tickets?widgetKey=wk_demo&limit=100');
    expect(all.data.filter((each) => each.ticket.subject === subject).map((each) => each.ticket.id)).toEqual([
      ticket.id,
    ]);
  });

  it('stores each file once when an answer is lost and the whole action is retried', async () => {
    const flaky = losingFirstAnswer((method, url) => method === 'POST' && url.endsWith('/v1/tickets'));
    const runtime = createTestRuntime({ fetch: flaky.fetch });
    const tickets = createTickets(runtime);
    const file = new File(['Sync report'], 'sync-report.txt', { type: 'text/plain' });
    const { ticket } = await tickets.create({
      email: 'noor@example.com',
      subject: 'Sync stuck',
      message: 'Report attached.',
      files: [file],
    });
    const uploads = flaky.requests.filter((r) => r.url.pathname === '/v1/attachments');
    const create = flaky.requests.find((r) => r.method === 'POST' && r.url.pathname === '/v1/tickets');
    expect(uploads).toHaveLength(2);
    expect(uploads[0]?.headers.get('idempotency-key')).toBe(`${create?.headers.get('idempotency-key')}.0`);
    expect(uploads[1]?.headers.get('idempotency-key')).toBe(uploads[0]?.headers.get('idempotency-key'));
    const { comments } = await untilSnapshot(tickets.get(ticket.id), (state) => state.status === 'ready');
    expect(comments[0]?.attachments.map((attachment) => attachment.name)).toEqual(['sync-report.txt']);
  });

  it('uses a new key for each call', async () => {
    const { tickets, requests } = setup();
    const form = { email: 'noor@example.com', subject: 'Twice', message: 'Hello' };
    const first = await tickets.create(form);
    const second = await tickets.create(form);
    expect(second.ticket.id).not.toBe(first.ticket.id);
    const keys = requests
      .filter((r) => r.method === 'POST' && r.url.pathname === '/v1/tickets')
      .map((r) => r.headers.get('idempotency-key'));
    expect(new Set(keys).size).toBe(2);
  });

  it('refuses a form without email, subject or message, without asking the backend', async () => {
    const { tickets, requests } = setup();
    const error = await failureOf(tickets.create({ email: 'noor@example.com', subject: ' ', message: 'Hi' }));
    expect(error.code).toBe('invalid_request');
    expect(requests).toHaveLength(0);
  });

  it('leaves a blank name out, and says which field is missing', async () => {
    const { tickets, requests } = setup();
    await tickets.create({ email: 'noor@example.com', name: '  ', subject: 'S', message: 'M' });
    const create = requests.find((r) => r.method === 'POST' && r.url.pathname === '/v1/tickets');
    expect(JSON.parse(create?.body ?? '{}')).not.toHaveProperty('name');
    const error = await failureOf(tickets.create({ email: ' ', subject: 'S', message: 'M' }));
    expect(error.message).toMatch(/email/);
  });

  it('reports a field the offline form does not have as validation_failed', async () => {
    const { tickets } = setup();
    const error = await failureOf(
      tickets.create({ email: 'noor@example.com', subject: 'S', message: 'M', fields: { shoeSize: '42' } }),
    );
    expect(error.code).toBe('invalid_request');
    expect(error.problemCode).toBe('validation_failed');
  });
});

describe('tickets.reply', () => {
  it('posts one comment when an answer is lost and the reply is retried', async () => {
    const flaky = losingFirstAnswer((method, url) => method === 'POST' && url.endsWith('/comments'));
    const runtime = createTestRuntime({ fetch: flaky.fetch });
    const tickets = createTickets(runtime);
    const ticket = await tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' });
    const comment = await tickets.reply(ticket.id, { text: 'It is "Trip to Lisbon".' });
    const posts = flaky.requests.filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/comments'));
    expect(posts).toHaveLength(2);
    expect(posts[1]?.headers.get('idempotency-key')).toBe(posts[0]?.headers.get('idempotency-key'));
    const { comments } = await untilSnapshot(tickets.get(ticket.id), (state) => state.status === 'ready');
    expect(comments.filter((each) => each.text === 'It is "Trip to Lisbon".').map((each) => each.id)).toEqual(
      [comment.id],
    );
  });

  it('rejects a reply to a closed ticket with conflict', async () => {
    const { tickets } = setup();
    const ticket = await tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' });
    await agent(`/tickets/${ticket.id}/status`, { method: 'PUT', body: { status: 'closed' } });
    expect((await failureOf(tickets.reply(ticket.id, { text: 'Hello?' }))).code).toBe('conflict');
  });

  it('rejects a reply to a ticket this person may not read with not_found', async () => {
    const { tickets } = setup();
    expect((await failureOf(tickets.reply('tkt_nope', { text: 'Hello?' }))).code).toBe('not_found');
  });

  it('refuses an empty reply without asking the backend', async () => {
    const { tickets, requests } = setup();
    expect((await failureOf(tickets.reply('tkt_a', { text: '  ' }))).code).toBe('invalid_request');
    expect(requests).toHaveLength(0);
  });
});

describe('a backend without tickets', () => {
  const runtime = createTestRuntime({
    backend: {
      createSession: async () => ({ token: 'tok', contact: { id: 'ctc_a', kind: 'visitor' } }),
    } as unknown as Backend,
  });
  const tickets = createTickets(runtime);

  it.each<[string, () => Promise<unknown>]>([
    ['lookup', () => tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' })],
    ['create', () => tickets.create({ email: 'a@example.com', subject: 'S', message: 'M' })],
    ['reply', () => tickets.reply('tkt_a', { text: 'Hi' })],
  ])('rejects %s with invalid_request', async (_name, call) => {
    const error = await failureOf(call());
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(/not offered by this backend/);
  });

  it('shows the store’s error', async () => {
    const state = await untilSnapshot(tickets.get('tkt_a'), (snapshot) => snapshot.status === 'error');
    expect(state.error?.code).toBe('invalid_request');
  });
});
