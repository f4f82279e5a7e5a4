import { EventPollResponse, Problem, RealtimeEvent, type Session } from '@parley/contract';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultEngineSettings, type Engine, type EngineSettings } from '../app/Engine';
import { createAttachmentLinks } from '../attachments/createAttachmentLinks';
import { createRateLimiter } from '../rateLimit/createRateLimiter';
import { sha256Hex } from '../security/sha256Hex';
import { createSessionRoutes } from '../sessions/createSessionRoutes';
import { createMemoryStore } from '../storage/createMemoryStore';
import { openSqliteStore } from '../storage/openSqliteStore';
import type { Store } from '../storage/Store';
import { createTestEngine, expectContract, type StoreKind, storeKinds } from '../testing/createTestEngine';
import { createAgentEventRoutes } from './createAgentEventRoutes';
import { createEventHub, type EventHub } from './createEventHub';
import { createEventRoutes } from './createEventRoutes';
import type { EventLogRepository } from './EventLogRepository';
import type { NewRealtimeEvent } from './EventPublisher';

/** How long any single wait in these tests may take before the test fails. */
const WAIT_MS = 2000;
const AGENT_TOKEN = 'agent-secret';

/** One block of a Server-Sent Events stream. */
interface Frame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comments: string[];
}

function parseFrame(block: string): Frame {
  const frame: Frame = { comments: [] };
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      frame.comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id' || field === 'event' || field === 'retry') frame[field] = value;
    if (field === 'data') frame.data = frame.data === undefined ? value : `${frame.data}\n${value}`;
  }
  return frame;
}

function withinWait<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Reads frames off an event stream response; every reader is cancelled after each test. */
const openReaders: { cancel(): Promise<void> }[] = [];

function readStream(response: Response) {
  if (response.body === null) throw new Error('The event stream has no body.');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let reading: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
  const stream = {
    /** The next block, or `'end'` when the server closed the stream. */
    async nextFrame(): Promise<Frame | 'end'> {
      for (;;) {
        const boundary = buffer.indexOf('\n\n');
        if (boundary !== -1) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          return parseFrame(block);
        }
        reading ??= reader.read();
        const result = await withinWait(reading, 'the next frame');
        reading = undefined;
        if (result.done) return 'end';
        buffer += decoder.decode(result.value, { stream: true });
      }
    },
    /** The next event (skipping heartbeats, `retry` and bare `id` blocks), checked against the contract. */
    async nextEvent(): Promise<RealtimeEvent & { frameId: string | undefined }> {
      for (;;) {
        const frame = await stream.nextFrame();
        if (frame === 'end') throw new Error('The event stream ended before the next event.');
        if (frame.data === undefined) continue;
        const event = JSON.parse(frame.data) as RealtimeEvent;
        expectContract(RealtimeEvent, event);
        expect(frame.event).toBe(event.type);
        return { ...event, frameId: frame.id };
      }
    },
    /** Resolves once the server has closed the stream (within {@link WAIT_MS}). */
    async untilEnd(): Promise<void> {
      await withinWait(
        (async () => {
          while ((await stream.nextFrame()) !== 'end') {}
        })(),
        'the end of the stream',
      );
    },
    /** The next heartbeat comment (within {@link WAIT_MS}), skipping other blocks. */
    async nextHeartbeat(): Promise<Frame> {
      return withinWait(
        (async () => {
          for (;;) {
            const frame = await stream.nextFrame();
            if (frame === 'end') throw new Error('The event stream ended before a heartbeat.');
            if (frame.comments.length > 0) return frame;
          }
        })(),
        'a heartbeat',
      );
    },
    async cancel() {
      await reader.cancel().catch(() => {});
    },
  };
  openReaders.push(stream);
  return stream;
}

afterEach(async () => {
  await Promise.all(openReaders.splice(0).map((reader) => reader.cancel()));
});

function typing(conversationId: string): NewRealtimeEvent {
  return {
    type: 'typing',
    data: {
      conversationId,
      participant: { kind: 'agent', id: 'agt_1', name: 'Ada', avatarUrl: null },
      typing: true,
    },
  };
}

const conversationOf = (event: RealtimeEvent) => (event.data as { conversationId: string }).conversationId;

interface Harness {
  app: Hono;
  hub: EventHub;
  engine: Engine;
  advance(ms: number): void;
  startSession(): Promise<Session>;
  get(
    path: string,
    options?: { token?: string; headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<Response>;
  /** Opens `GET /v1/events` and checks the answer is an event stream. */
  openEvents(token: string, headers?: Record<string, string>): Promise<ReturnType<typeof readStream>>;
  publish(contactId: string, conversationId: string): Promise<RealtimeEvent>;
  close(): Promise<void>;
}

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** The event routes (and session routes, to get tokens) over an engine built here, whose hub we can drive. */
function createHarness(
  kind: StoreKind,
  settings: Partial<EngineSettings> = {},
  wrapLog: (log: EventLogRepository) => EventLogRepository = (log) => log,
): Harness {
  const store = kind === 'memory' ? createMemoryStore() : openSqliteStore({ filename: ':memory:' });
  stores.push(store);
  let time = Date.parse('2026-11-02T10:00:00Z');
  const now = () => time;
  const resolved: EngineSettings = {
    ...defaultEngineSettings,
    agentToken: AGENT_TOKEN,
    heartbeatMs: 60_000,
    ...settings,
  };
  const log = wrapLog(store.events);
  const hub = createEventHub(log, now, { eventLogSize: resolved.eventLogSize });
  const engine: Engine = {
    store: { ...store, events: log },
    now,
    events: hub,
    presence: hub,
    settings: resolved,
    log: { info: () => {}, error: (message, error) => console.error(message, error) },
    rateLimiter: (_name, limit, windowMs) => createRateLimiter(limit, windowMs, now),
    attachmentLinks: createAttachmentLinks({
      secret: async () => 'a test key of at least thirty-two characters',
      now,
      ttlMs: resolved.attachmentLinkTtlMs,
    }),
  };
  const app = new Hono();
  app.route('/v1', createSessionRoutes(engine));
  app.route('/v1', createEventRoutes(engine));
  app.route('/v1', createAgentEventRoutes(engine));
  const get: Harness['get'] = async (path, { token, headers = {}, signal } = {}) =>
    app.fetch(
      new Request(`http://127.0.0.1${path}`, {
        headers: token === undefined ? headers : { ...headers, Authorization: `Bearer ${token}` },
        ...(signal === undefined ? {} : { signal }),
      }),
    );
  return {
    app,
    hub,
    engine,
    advance: (ms) => {
      time += ms;
    },
    async startSession() {
      const response = await app.fetch(
        new Request('http://127.0.0.1/v1/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ widgetKey: 'wk_demo' }),
        }),
      );
      expect(response.status).toBe(201);
      return (await response.json()) as Session;
    },
    get,
    async openEvents(token, headers = {}) {
      const response = await get('/v1/events', { token, headers });
      expect(response.status).toBe(200);
      return readStream(response);
    },
    publish: (contactId, conversationId) => hub.publish('wk_demo', { contactId }, typing(conversationId)),
    close: () => store.close(),
  };
}

/** Resolves once `condition` holds, checking between macrotasks; fails the test after {@link WAIT_MS}. */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  await withinWait(
    (async () => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
    })(),
    what,
  );
}

describe.each(storeKinds)('GET /v1/events on %s storage', (kind) => {
  it('answers 401 without a session token, or with an unknown one', async () => {
    const harness = createHarness(kind);
    for (const response of [
      await harness.get('/v1/events'),
      await harness.get('/v1/events?token=nope'),
      await harness.get('/v1/events', { token: 'nope' }),
    ]) {
      expect(response.status).toBe(401);
      const body = await response.json();
      expectContract(Problem, body);
      expect(body).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('streams live events of the contact, authenticated by ?token= as EventSource must', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const before = await harness.publish(session.contact.id, 'cnv_before');
    const response = await harness.get(`/v1/events?token=${encodeURIComponent(session.token)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/event-stream');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('X-Accel-Buffering')).toBe('no');
    const stream = readStream(response);

    expect(await stream.nextFrame()).toEqual({ retry: '3000', comments: [] });
    // Without Last-Event-ID: no replay, but the resume point, so a reconnect misses nothing.
    expect(await stream.nextFrame()).toEqual({ id: before.id, comments: [] });
    const published = await harness.publish(session.contact.id, 'cnv_live');
    const received = await stream.nextEvent();
    expect(received).toEqual({ ...published, frameId: published.id });
    expect(Number(received.id)).toBeGreaterThan(Number(before.id));
  });

  it('replays the events after Last-Event-ID, then continues live', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const first = await harness.publish(session.contact.id, 'cnv_1');
    await harness.publish(session.contact.id, 'cnv_2');
    await harness.publish(session.contact.id, 'cnv_3');

    const stream = await harness.openEvents(session.token, { 'Last-Event-ID': first.id });
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_2');
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_3');
    await harness.publish(session.contact.id, 'cnv_4');
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_4');
  });

  it('takes ?lastEventId= for a first connection, and Last-Event-ID (a reconnect) over it', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const first = await harness.publish(session.contact.id, 'cnv_1');
    const second = await harness.publish(session.contact.id, 'cnv_2');
    await harness.publish(session.contact.id, 'cnv_3');

    const byQuery = readStream(
      await harness.get(`/v1/events?lastEventId=${first.id}`, { token: session.token }),
    );
    expect(conversationOf(await byQuery.nextEvent())).toBe('cnv_2');
    const byHeader = readStream(
      await harness.get(`/v1/events?lastEventId=${first.id}`, {
        token: session.token,
        headers: { 'Last-Event-ID': second.id },
      }),
    );
    expect(conversationOf(await byHeader.nextEvent())).toBe('cnv_3');
  });

  it('sends every event exactly once when one is published while the backlog is being read', async () => {
    let openGate = (): void => {};
    let gate: Promise<void> = Promise.resolve();
    let readStarted = false;
    const harness = createHarness(kind, {}, (log) => ({
      ...log,
      async after(audience, afterId, limit) {
        readStarted = true;
        await gate;
        return log.after(audience, afterId, limit);
      },
    }));
    const session = await harness.startSession();
    const first = await harness.publish(session.contact.id, 'cnv_1');
    await harness.publish(session.contact.id, 'cnv_2');
    gate = new Promise((resolve) => {
      openGate = resolve;
    });

    const stream = await harness.openEvents(session.token, { 'Last-Event-ID': first.id });
    await eventually(() => readStarted, 'the backlog read');
    // Published after the stream subscribed, and before its backlog read returns: both see it.
    await harness.publish(session.contact.id, 'cnv_3');
    openGate();
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_2');
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_3');
    await harness.publish(session.contact.id, 'cnv_4');
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_4');
  });

  it('sends reset too_old when events after Last-Event-ID were trimmed, then continues live', async () => {
    const harness = createHarness(kind, { eventLogSize: 3 });
    const session = await harness.startSession();
    const first = await harness.publish(session.contact.id, 'cnv_1');
    let latest = first;
    for (let index = 2; index <= 6; index += 1)
      latest = await harness.publish(session.contact.id, `cnv_${index}`);

    const stream = await harness.openEvents(session.token, { 'Last-Event-ID': first.id });
    const reset = await stream.nextEvent();
    expect(reset).toEqual({ id: latest.id, type: 'reset', data: { reason: 'too_old' }, frameId: latest.id });
    const next = await harness.publish(session.contact.id, 'cnv_7');
    expect(await stream.nextEvent()).toMatchObject({ id: next.id });
  });

  it('replays without reset when only events up to Last-Event-ID were trimmed', async () => {
    const harness = createHarness(kind, { eventLogSize: 3 });
    const session = await harness.startSession();
    const events = [];
    for (let index = 1; index <= 6; index += 1)
      events.push(await harness.publish(session.contact.id, `cnv_${index}`));

    // Events 4 to 6 are kept: resuming after 3 loses nothing.
    const stream = await harness.openEvents(session.token, { 'Last-Event-ID': events[2]?.id ?? '' });
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_4');
  });

  it.each([
    ['not a number', 'abc'],
    ['negative', '-1'],
    ['beyond the newest id', '999'],
  ])('sends reset unknown_id for a Last-Event-ID that is %s', async (_case, lastEventId) => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const latest = await harness.publish(session.contact.id, 'cnv_1');
    const stream = await harness.openEvents(session.token, { 'Last-Event-ID': lastEventId });
    expect(await stream.nextEvent()).toEqual({
      id: latest.id,
      type: 'reset',
      data: { reason: 'unknown_id' },
      frameId: latest.id,
    });
    const next = await harness.publish(session.contact.id, 'cnv_2');
    expect(await stream.nextEvent()).toMatchObject({ id: next.id });
  });

  it("never sends a visitor another contact's events, live or replayed", async () => {
    const harness = createHarness(kind);
    const alice = await harness.startSession();
    const bob = await harness.startSession();
    await harness.publish(bob.contact.id, 'cnv_bob_before');
    await harness.hub.publish('wk_demo', 'team', typing('cnv_team'));

    const stream = await harness.openEvents(alice.token, { 'Last-Event-ID': '0' });
    await harness.publish(bob.contact.id, 'cnv_bob_live');
    await harness.publish(alice.contact.id, 'cnv_alice');
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_alice');
  });

  it('sends a heartbeat comment every heartbeatMs', async () => {
    const harness = createHarness(kind, { heartbeatMs: 10 });
    const session = await harness.startSession();
    const stream = await harness.openEvents(session.token);
    expect(await stream.nextHeartbeat()).toEqual({ comments: ['heartbeat'] });
    expect(await stream.nextHeartbeat()).toEqual({ comments: ['heartbeat'] });
  });

  it('ends the stream at the next heartbeat once the session has expired', async () => {
    const harness = createHarness(kind, { heartbeatMs: 10 });
    const session = await harness.startSession();
    const stream = await harness.openEvents(session.token);
    harness.advance(defaultEngineSettings.sessionTtlMs);
    await stream.untilEnd();
    expect(harness.hub.isContactOnline(session.contact.id)).toBe(false);
    expect((await harness.get('/v1/events', { token: session.token })).status).toBe(401);
  });

  it('ends the stream at the next heartbeat after logout', async () => {
    const harness = createHarness(kind, { heartbeatMs: 10 });
    const session = await harness.startSession();
    const stream = await harness.openEvents(session.token);
    const record = await harness.engine.store.sessions.findSessionByTokenHash(await sha256Hex(session.token));
    await harness.engine.store.sessions.endSession(record?.id ?? '', harness.engine.now());
    await stream.untilEnd();
    expect(harness.hub.isContactOnline(session.contact.id)).toBe(false);
  });

  it("follows the session's new contact (identify) by ending the stream, so the reconnect moves", async () => {
    const harness = createHarness(kind, { heartbeatMs: 10 });
    const session = await harness.startSession();
    const other = await harness.startSession();
    const stream = await harness.openEvents(session.token);
    const record = await harness.engine.store.sessions.findSessionByTokenHash(await sha256Hex(session.token));
    await harness.engine.store.sessions.setSessionContact(record?.id ?? '', other.contact.id);
    await stream.untilEnd();

    const reconnected = await harness.openEvents(session.token, { 'Last-Event-ID': '0' });
    await harness.publish(session.contact.id, 'cnv_old_contact');
    await harness.publish(other.contact.id, 'cnv_new_contact');
    expect(conversationOf(await reconnected.nextEvent())).toBe('cnv_new_contact');
  });

  it('counts the contact online while a stream is open, until the client cancels or aborts', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const contactId = session.contact.id;
    expect(harness.hub.isContactOnline(contactId)).toBe(false);

    const first = await harness.openEvents(session.token);
    const abort = new AbortController();
    const second = await harness.get('/v1/events', { token: session.token, signal: abort.signal });
    expect(second.status).toBe(200);
    expect(harness.hub.isContactOnline(contactId)).toBe(true);

    await first.cancel();
    expect(harness.hub.isContactOnline(contactId)).toBe(true);
    abort.abort();
    expect(harness.hub.isContactOnline(contactId)).toBe(false);
    await second.body?.cancel();

    // A closed stream no longer listens: publishing still works and reaches nobody.
    await harness.publish(contactId, 'cnv_after');
  });

  it('answers HEAD without opening a stream, and 405 to other methods', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const head = await harness.app.fetch(
      new Request('http://127.0.0.1/v1/events', {
        method: 'HEAD',
        headers: { Authorization: `Bearer ${session.token}` },
      }),
    );
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Type')).toBe('text/event-stream');
    expect(harness.hub.isContactOnline(session.contact.id)).toBe(false);
    const post = await harness.app.fetch(new Request('http://127.0.0.1/v1/events', { method: 'POST' }));
    expect(post.status).toBe(405);
    expect(await post.json()).toMatchObject({ code: 'method_not_allowed' });
  });
});

describe.each(storeKinds)('GET /v1/events/poll on %s storage', (kind) => {
  const poll = async (harness: Harness, token: string, query: string, signal?: AbortSignal) => {
    const response = await harness.get(`/v1/events/poll${query}`, {
      token,
      ...(signal === undefined ? {} : { signal }),
    });
    const body = await response.json();
    return { status: response.status, body };
  };

  it('answers 401 without a session token', async () => {
    const harness = createHarness(kind);
    const response = await harness.get('/v1/events/poll?after=0');
    expect(response.status).toBe(401);
    expectContract(Problem, await response.json());
  });

  it('tells a client without a cursor where to start, at once', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const latest = await harness.publish(session.contact.id, 'cnv_1');
    const { status, body } = await poll(harness, session.token, '');
    expect(status).toBe(200);
    expectContract(EventPollResponse, body);
    expect(body).toEqual({ data: [], nextCursor: latest.id });
  });

  it('returns waiting events at once, 100 at most, with the last id as the cursor', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const bob = await harness.startSession();
    const published: RealtimeEvent[] = [];
    for (let index = 0; index < 101; index += 1) {
      published.push(await harness.publish(session.contact.id, `cnv_${index}`));
      await harness.publish(bob.contact.id, `cnv_bob_${index}`);
    }
    const first = await poll(harness, session.token, '?after=0&timeout=25');
    expectContract(EventPollResponse, first.body);
    expect(first.body.data).toEqual(published.slice(0, 100));
    expect(first.body.nextCursor).toBe(published[99]?.id);
    const second = await poll(harness, session.token, `?after=${first.body.nextCursor}&timeout=25`);
    expect(second.body).toEqual({ data: [published[100]], nextCursor: published[100]?.id });
  });

  it('waits for the first event, counting the contact online meanwhile', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const bob = await harness.startSession();
    const contactId = session.contact.id;
    let settled = false;
    const pending = poll(harness, session.token, '?after=0&timeout=20').finally(() => {
      settled = true;
    });
    await eventually(() => harness.hub.isContactOnline(contactId), 'the poll to be waiting');
    await harness.publish(bob.contact.id, 'cnv_bob');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);

    const event = await harness.publish(contactId, 'cnv_1');
    const { body } = await withinWait(pending, 'the poll answer');
    expect(body).toEqual({ data: [event], nextCursor: event.id });
    expect(harness.hub.isContactOnline(contactId)).toBe(false);
  });

  it('answers an empty page with the same cursor when nothing came', async () => {
    const harness = createHarness(kind, { pollTimeoutMs: 30 });
    const session = await harness.startSession();
    const latest = await harness.publish(session.contact.id, 'cnv_1');
    expect((await poll(harness, session.token, `?after=${latest.id}&timeout=0`)).body).toEqual({
      data: [],
      nextCursor: latest.id,
    });
    // `timeout=25` is cut to settings.pollTimeoutMs (30 ms here); 25 s would outlast the test.
    const waited = await withinWait(
      poll(harness, session.token, `?after=${latest.id}&timeout=25`),
      'the bounded poll',
    );
    expect(waited.body).toEqual({ data: [], nextCursor: latest.id });
    expect(harness.hub.isContactOnline(session.contact.id)).toBe(false);
  });

  it('stops waiting when the client goes away', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const abort = new AbortController();
    const pending = poll(harness, session.token, '?after=0&timeout=20', abort.signal);
    await eventually(() => harness.hub.isContactOnline(session.contact.id), 'the poll to be waiting');
    abort.abort();
    await withinWait(pending, 'the aborted poll');
    expect(harness.hub.isContactOnline(session.contact.id)).toBe(false);
  });

  it('answers with one reset event when it cannot replay', async () => {
    const harness = createHarness(kind, { eventLogSize: 2 });
    const session = await harness.startSession();
    let latest = await harness.publish(session.contact.id, 'cnv_1');
    for (let index = 2; index <= 5; index += 1)
      latest = await harness.publish(session.contact.id, `cnv_${index}`);
    const tooOld = await poll(harness, session.token, '?after=1&timeout=0');
    expectContract(EventPollResponse, tooOld.body);
    expect(tooOld.body).toEqual({
      data: [{ id: latest.id, type: 'reset', data: { reason: 'too_old' } }],
      nextCursor: latest.id,
    });
    const unknown = await poll(harness, session.token, '?after=999&timeout=0');
    expect(unknown.body).toEqual({
      data: [{ id: latest.id, type: 'reset', data: { reason: 'unknown_id' } }],
      nextCursor: latest.id,
    });
  });

  it.each([
    ['?after=abc'],
    ['?after=-1'],
    ['?after=1.5'],
    ['?after=0&timeout=26'],
    ['?after=0&timeout=-1'],
    ['?after=0&timeout=1.5'],
    ['?after=0&timeout=soon'],
  ])('answers 400 invalid_request to %s', async (query) => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const { status, body } = await poll(harness, session.token, query);
    expect(status).toBe(400);
    expectContract(Problem, body);
    expect(body).toMatchObject({ code: 'invalid_request' });
  });
});

describe.each(storeKinds)('GET /v1/agent/events on %s storage', (kind) => {
  it('answers 401 without the agent token, or with a session token', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    for (const response of [
      await harness.get('/v1/agent/events'),
      await harness.get('/v1/agent/events', { token: session.token }),
      await harness.get('/v1/agent/events?token=wrong'),
    ]) {
      expect(response.status).toBe(401);
      expectContract(Problem, await response.json());
    }
  });

  it('streams team events only, and counts each open stream as an agent online', async () => {
    const harness = createHarness(kind);
    const session = await harness.startSession();
    const first = readStream(await harness.get('/v1/agent/events', { token: AGENT_TOKEN }));
    const second = readStream(await harness.get(`/v1/agent/events?token=${AGENT_TOKEN}`));
    expect(harness.hub.agentsOnline()).toBe(2);

    await harness.publish(session.contact.id, 'cnv_visitor');
    const teamEvent = await harness.hub.publish('wk_demo', 'team', typing('cnv_team'));
    expect(await first.nextEvent()).toEqual({ ...teamEvent, frameId: teamEvent.id });
    expect(await second.nextEvent()).toMatchObject({ id: teamEvent.id });

    await first.cancel();
    expect(harness.hub.agentsOnline()).toBe(1);
    await second.cancel();
    expect(harness.hub.agentsOnline()).toBe(0);
  });

  it('replays team events after Last-Event-ID', async () => {
    const harness = createHarness(kind);
    const first = await harness.hub.publish('wk_demo', 'team', typing('cnv_1'));
    await harness.hub.publish('wk_demo', 'team', typing('cnv_2'));
    const stream = readStream(
      await harness.get('/v1/agent/events', { token: AGENT_TOKEN, headers: { 'Last-Event-ID': first.id } }),
    );
    expect(conversationOf(await stream.nextEvent())).toBe('cnv_2');
  });
});

describe.each(storeKinds)('realtime through createApp on %s storage', (kind) => {
  it('opens the event stream of a session and answers the poll', async () => {
    const engine = await createTestEngine(kind);
    try {
      const session = await engine.startSession();
      const response = await engine.app.fetch(
        new Request('http://127.0.0.1/v1/events', { headers: { Authorization: `Bearer ${session.token}` } }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/event-stream');
      const stream = readStream(response);
      expect(await stream.nextFrame()).toEqual({ retry: '3000', comments: [] });
      expect(await stream.nextFrame()).toMatchObject({ id: expect.stringMatching(/^\d+$/) });
      await stream.cancel();

      const poll = await engine.request('GET', '/v1/events/poll', { token: session.token });
      expect(poll.status).toBe(200);
      expectContract(EventPollResponse, await poll.json());
    } finally {
      await engine.close();
    }
  });

  it("delivers message.created for the visitor's first message, and replays it after a reconnect", async () => {
    const engine = await createTestEngine(kind);
    try {
      const session = await engine.startSession();
      const open = (headers: Record<string, string> = {}) =>
        engine.app.fetch(
          new Request('http://127.0.0.1/v1/events', {
            headers: { ...headers, Authorization: `Bearer ${session.token}` },
          }),
        );
      const stream = readStream(await open());
      expect(await stream.nextFrame()).toEqual({ retry: '3000', comments: [] });
      const start = await stream.nextFrame();
      const created = await engine.request('POST', '/v1/conversations', {
        token: session.token,
        body: { message: { clientMessageId: 'cm_1', text: 'Where is my order?' } },
      });
      expect(created.status).toBe(201);

      let event = await stream.nextEvent();
      while (event.type !== 'message.created') event = await stream.nextEvent();
      expect(event.data.message).toMatchObject({ clientMessageId: 'cm_1', text: 'Where is my order?' });
      await stream.cancel();

      // A reconnect from the id the first stream started at gets the same event again, from the log.
      const resumed = readStream(await open({ 'Last-Event-ID': start === 'end' ? '' : (start.id ?? '') }));
      let replayed = await resumed.nextEvent();
      while (replayed.type !== 'message.created') replayed = await resumed.nextEvent();
      expect(replayed.id).toBe(event.id);
    } finally {
      await engine.close();
    }
  });
});
