import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createFakeChatwoot, type FakeChatwoot, type FakeChatwootOptions } from './createFakeChatwoot';

type Json = Record<string, unknown>;

const running: FakeChatwoot[] = [];
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});

async function start(options?: FakeChatwootOptions): Promise<FakeChatwoot> {
  const fake = await createFakeChatwoot(options);
  running.push(fake);
  return fake;
}

const inboxUrl = (fake: FakeChatwoot, inbox = fake.inboxIdentifier) =>
  `${fake.url}/public/api/v1/inboxes/${inbox}`;

async function call(
  fake: FakeChatwoot,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; text: string }> {
  const init: RequestInit = { method };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const res = await fetch(`${inboxUrl(fake)}${path}`, init);
  const text = await res.text();
  const isJson = res.headers.get('content-type')?.includes('application/json') ?? false;
  return { status: res.status, text, json: isJson ? JSON.parse(text) : undefined };
}

async function contactAndConversation(fake: FakeChatwoot, contact: Json = { name: 'Dana' }) {
  const created = (await call(fake, 'POST', '/contacts', contact)).json as Json;
  const sourceId = String(created.source_id);
  const conversation = (await call(fake, 'POST', `/contacts/${sourceId}/conversations`, {})).json as Json;
  return {
    contact: created,
    sourceId,
    conversationId: Number(conversation.id),
    pubsubToken: String(created.pubsub_token),
  };
}

// ---- an ActionCable client for the tests ------------------------------------------------------

interface Cable {
  readonly ws: WebSocket;
  readonly frames: Json[];
  waitFor(predicate: (frame: Json) => boolean, timeoutMs?: number): Promise<Json>;
  subscribe(pubsubToken: string, extra?: Json): string;
}

async function openCable(fake: FakeChatwoot): Promise<Cable> {
  const ws = new WebSocket(fake.websocketUrl, ['actioncable-v1-json', 'actioncable-unsupported']);
  sockets.push(ws);
  const frames: Json[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (raw) => {
    frames.push(JSON.parse(raw.toString()) as Json);
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    frames,
    waitFor(predicate, timeoutMs = 2000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(predicate);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching frame in ${JSON.stringify(frames)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    subscribe(pubsubToken, extra = {}) {
      const identifier = JSON.stringify({ channel: 'RoomChannel', pubsub_token: pubsubToken, ...extra });
      ws.send(JSON.stringify({ command: 'subscribe', identifier }));
      return identifier;
    },
  };
}

const event = (name: string) => (frame: Json) => (frame.message as Json | undefined)?.event === name;
const dataOf = (frame: Json) => (frame.message as Json).data as Json;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- REST -------------------------------------------------------------------------------------

describe('the Client API', () => {
  it('creates a contact, a conversation and messages, and pages them as Chatwoot does', async () => {
    const fake = await start();
    const contact = await call(fake, 'POST', '/contacts', {
      name: 'Dana',
      email: 'dana@example.com',
      custom_attributes: { plan: 'pro' },
    });
    expect(contact.status).toBe(200);
    const created = contact.json as Json;
    expect(Object.keys(created).sort()).toEqual(['email', 'id', 'name', 'pubsub_token', 'source_id']);
    expect(created).toMatchObject({ name: 'Dana', email: 'dana@example.com' });
    expect(created.pubsub_token).toMatch(/^[1-9A-Za-z]{24}$/);
    const sourceId = String(created.source_id);

    expect((await call(fake, 'GET', `/contacts/${sourceId}`)).json).toEqual(created);
    const patched = await call(fake, 'PATCH', `/contacts/${sourceId}`, {
      name: 'Dana Scully',
      custom_attributes: { seats: 3 },
    });
    expect(patched.json).toMatchObject({
      id: created.id,
      name: 'Dana Scully',
      custom_attributes: { plan: 'pro', seats: 3 },
    });
    expect(patched.json).not.toHaveProperty('source_id');

    const conversation = await call(fake, 'POST', `/contacts/${sourceId}/conversations`, {
      custom_attributes: { order: 'A-1' },
    });
    expect(conversation.status).toBe(200);
    const conv = conversation.json as Json;
    expect(conv).toMatchObject({
      id: 1,
      status: 'open',
      inbox_id: 1,
      messages: [],
      contact: { id: created.id },
    });
    expect(fake.conversations()[0]?.customAttributes).toEqual({ order: 'A-1' });

    const sent = await call(fake, 'POST', `/contacts/${sourceId}/conversations/1/messages`, {
      content: 'Hello',
      echo_id: 'temp-1',
    });
    expect(sent.status).toBe(200);
    const message = sent.json as Json;
    expect(message).toMatchObject({
      content: 'Hello',
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      conversation_id: 1,
      sender: { id: created.id, type: 'contact', name: 'Dana Scully' },
    });
    expect(message).not.toHaveProperty('echo_id');
    expect(Math.abs(Number(message.created_at) - Date.now() / 1000)).toBeLessThan(5);
    expect(fake.messages(1)[0]?.echoId).toBe('temp-1');

    for (let i = 1; i <= 24; i++) {
      await call(fake, 'POST', `/contacts/${sourceId}/conversations/1/messages`, { content: `m${i}` });
    }
    const latest = (await call(fake, 'GET', `/contacts/${sourceId}/conversations/1/messages`)).json as Json[];
    expect(latest.map((m) => m.content)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i + 5}`));
    const older = (
      await call(fake, 'GET', `/contacts/${sourceId}/conversations/1/messages?before=${latest[0]?.id}`)
    ).json as Json[];
    expect(older.map((m) => m.content)).toEqual(['Hello', 'm1', 'm2', 'm3', 'm4']);
    // `before` gives the 20 messages just older than the given id, oldest first.
    const window = (
      await call(fake, 'GET', `/contacts/${sourceId}/conversations/1/messages?before=${latest[19]?.id}`)
    ).json as Json[];
    expect(window.map((m) => m.content)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i + 4}`));
    const newer = (
      await call(fake, 'GET', `/contacts/${sourceId}/conversations/1/messages?after=${older[4]?.id}`)
    ).json as Json[];
    expect(newer).toHaveLength(20);

    const list = (await call(fake, 'GET', `/contacts/${sourceId}/conversations`)).json as Json[];
    expect(list).toHaveLength(1);
    expect(list[0]?.messages).toHaveLength(25);
    expect((await call(fake, 'GET', `/contacts/${sourceId}/conversations/1`)).json).toMatchObject({ id: 1 });
  });

  it('answers 404 as Rails does for unknown inboxes, contacts, conversations, messages and routes', async () => {
    const fake = await start();
    const a = await contactAndConversation(fake);
    const b = await contactAndConversation(fake, { name: 'Other' });
    const notFound = { status: 404, error: 'Not Found' };
    const res = await fetch(`${inboxUrl(fake, 'nope')}/contacts`, { method: 'POST' });
    expect([res.status, await res.json()]).toEqual([404, notFound]);
    expect(await call(fake, 'GET', '/contacts/unknown')).toMatchObject({ status: 404, json: notFound });
    expect((await call(fake, 'GET', `/contacts/${a.sourceId}/conversations/99`)).status).toBe(404);
    // Another contact's conversation is not found either.
    expect(
      (await call(fake, 'GET', `/contacts/${a.sourceId}/conversations/${b.conversationId}`)).status,
    ).toBe(404);
    expect(
      (await call(fake, 'GET', `/contacts/${a.sourceId}/conversations/${b.conversationId}/messages`)).status,
    ).toBe(404);
    expect(
      (
        await call(
          fake,
          'PATCH',
          `/contacts/${a.sourceId}/conversations/${a.conversationId}/messages/999`,
          {},
        )
      ).status,
    ).toBe(404);
    expect((await call(fake, 'DELETE', `/contacts/${a.sourceId}`)).status).toBe(404);
  });

  it('refuses invalid contact fields with 422 and bad JSON with 400', async () => {
    const fake = await start();
    const bad = await call(fake, 'POST', '/contacts', { email: 'not-an-email', phone_number: '12' });
    expect(bad.status).toBe(422);
    expect(bad.json).toEqual({
      message: 'Email Invalid email, Phone number should be in e164 format',
      attributes: ['email', 'phone_number'],
    });
    const res = await fetch(`${inboxUrl(fake)}/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(res.status).toBe(400);
    expect(fake.contacts()).toHaveLength(0);
  });

  it('checks identifier_hash with the inbox HMAC token and finds the contact again by identifier', async () => {
    const fake = await start({
      inboxes: [{ identifier: 'secure', hmacToken: 'top-secret', hmacMandatory: true }],
    });
    const hash = fake.identifierHash('user-42');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const missing = await call(fake, 'POST', '/contacts', { identifier: 'user-42', name: 'Ann' });
    expect(missing).toMatchObject({ status: 500, json: { status: 500, error: 'Internal Server Error' } });
    const wrong = await call(fake, 'POST', '/contacts', {
      identifier: 'user-42',
      identifier_hash: 'f'.repeat(64),
    });
    expect(wrong.status).toBe(500);
    expect(fake.contacts()).toHaveLength(0);

    const first = (
      await call(fake, 'POST', '/contacts', { identifier: 'user-42', identifier_hash: hash, name: 'Ann' })
    ).json as Json;
    const again = (await call(fake, 'POST', '/contacts', { identifier: 'user-42', identifier_hash: hash }))
      .json as Json;
    expect(again.id).toBe(first.id);
    expect(again.source_id).not.toBe(first.source_id);
    expect(fake.contacts()).toHaveLength(1);
    expect(fake.contacts()[0]?.identifier).toBe('user-42');

    // Mandatory validation covers reads too; a valid pair marks the session verified.
    expect((await call(fake, 'GET', `/contacts/${first.source_id}`)).status).toBe(500);
    const shown = await call(
      fake,
      'GET',
      `/contacts/${first.source_id}?identifier=user-42&identifier_hash=${hash}`,
    );
    expect(shown.status).toBe(200);
    expect(
      fake.contacts()[0]?.contactInboxes.find((ci) => ci.sourceId === first.source_id)?.hmacVerified,
    ).toBe(true);
    // A valid hash for another identifier cannot be replayed onto this contact.
    const other = fake.identifierHash('user-7');
    expect(
      (await call(fake, 'GET', `/contacts/${first.source_id}?identifier=user-7&identifier_hash=${other}`))
        .status,
    ).toBe(500);
  });

  it('accepts contacts without a hash when the inbox does not require one, but checks a hash that is sent', async () => {
    const fake = await start({ inboxes: [{ hmacToken: 'k' }] });
    expect((await call(fake, 'POST', '/contacts', { identifier: 'u1' })).status).toBe(200);
    expect((await call(fake, 'POST', '/contacts', { identifier: 'u1', identifier_hash: 'bad' })).status).toBe(
      500,
    );
    expect(
      (
        await call(fake, 'POST', '/contacts', {
          identifier: 'u1',
          identifier_hash: fake.identifierHash('u1'),
        })
      ).status,
    ).toBe(200);
  });

  it('lists a verified contact’s conversations from every inbox, an anonymous session’s only its own', async () => {
    const fake = await start({
      inboxes: [
        { identifier: 'one', hmacToken: 'k' },
        { identifier: 'two', hmacToken: 'k' },
      ],
    });
    const hash = fake.identifierHash('u1', 'one');
    const post = (inbox: string, path: string, body: unknown) =>
      fetch(`${inboxUrl(fake, inbox)}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<Json>);
    const inOne = await post('one', '/contacts', { identifier: 'u1', identifier_hash: hash });
    const inTwo = await post('two', '/contacts', { identifier: 'u1', identifier_hash: hash });
    await post('one', `/contacts/${inOne.source_id}/conversations`, {});
    await post('two', `/contacts/${inTwo.source_id}/conversations`, {});
    const listOne = () =>
      fetch(`${inboxUrl(fake, 'one')}/contacts/${inOne.source_id}/conversations`).then(
        (r) => r.json() as Promise<Json[]>,
      );
    expect((await listOne()).map((c) => c.id)).toEqual([1]);
    await fetch(`${inboxUrl(fake, 'one')}/contacts/${inOne.source_id}?identifier=u1&identifier_hash=${hash}`);
    expect((await listOne()).map((c) => c.id)).toEqual([1, 2]);
  });

  it('stores multipart attachments with their names, types and sizes and serves them', async () => {
    const fake = await start();
    const { sourceId, conversationId } = await contactAndConversation(fake);
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    const form = new FormData();
    form.append('content', 'two files');
    form.append('echo_id', 'e-9');
    form.append('attachments[]', new Blob([png], { type: 'image/png' }), 'shot.png');
    form.append('attachments[]', new Blob(['a,b\n1,2\n'], { type: 'text/csv' }), 'data.csv');
    const res = await call(
      fake,
      'POST',
      `/contacts/${sourceId}/conversations/${conversationId}/messages`,
      form,
    );
    expect(res.status).toBe(200);
    const attachments = (res.json as Json).attachments as Json[];
    expect(attachments).toHaveLength(2);
    expect(attachments[0]).toMatchObject({ file_type: 'image', file_size: png.byteLength, account_id: 1 });
    expect(attachments[1]).toMatchObject({ file_type: 'file', file_size: 8 });
    expect(String(attachments[0]?.data_url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\/shot\.png$/);

    const stored = fake.messages(conversationId)[0];
    expect(stored).toMatchObject({ content: 'two files', echoId: 'e-9' });
    expect(stored?.attachments.map((a) => [a.fileName, a.contentType, a.fileSize])).toEqual([
      ['shot.png', 'image/png', png.byteLength],
      ['data.csv', 'text/csv', 8],
    ]);

    const file = await fetch(String(attachments[0]?.data_url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(png);
    expect((await fetch(`${fake.url}/rails/active_storage/blobs/redirect/99/x.png`)).status).toBe(404);
  });

  it('records typing, marks agent messages read on update_last_seen, resolves, and reopens on a new message', async () => {
    const fake = await start();
    const { sourceId, conversationId } = await contactAndConversation(fake);
    const base = `/contacts/${sourceId}/conversations/${conversationId}`;
    fake.agentReply(conversationId, 'Hi');

    const typing = await call(fake, 'POST', `${base}/toggle_typing`, { typing_status: 'on' });
    expect([typing.status, typing.text]).toEqual([200, '']);
    expect(fake.conversations()[0]?.contactTyping).toBe('on');

    expect(fake.messages(conversationId)[0]?.status).toBe('sent');
    const seen = await call(fake, 'POST', `${base}/update_last_seen`);
    expect([seen.status, seen.text]).toEqual([200, '']);
    expect(fake.messages(conversationId)[0]?.status).toBe('read');
    expect(((await call(fake, 'GET', base)).json as Json).contact_last_seen_at).toBeGreaterThan(0);

    const resolved = await call(fake, 'POST', `${base}/toggle_status`);
    expect(resolved.json).toMatchObject({ id: conversationId, status: 'resolved' });
    // The activity message is stored but is not part of what the contact sees.
    expect(fake.messages(conversationId).map((m) => m.messageType)).toEqual([1, 2]);
    expect(((await call(fake, 'GET', `${base}/messages`)).json as Json[]).map((m) => m.message_type)).toEqual(
      [1],
    );

    await call(fake, 'POST', `${base}/messages`, { content: 'one more thing' });
    expect(fake.conversations()[0]?.status).toBe('open');
  });

  it('sends the CSAT survey on resolve and takes the rating through PATCH submitted_values', async () => {
    const fake = await start({ inboxes: [{ csatSurveyEnabled: true }] });
    const { sourceId, conversationId } = await contactAndConversation(fake);
    fake.resolve(conversationId);
    const messages = (
      await call(fake, 'GET', `/contacts/${sourceId}/conversations/${conversationId}/messages`)
    ).json as Json[];
    const survey = messages.find((m) => m.content_type === 'input_csat');
    expect(survey).toMatchObject({ message_type: 3 });
    expect(survey).not.toHaveProperty('sender');

    const submitted = { csat_survey_response: { rating: 4, feedback_message: 'Quick, thanks' } };
    const res = await call(
      fake,
      'PATCH',
      `/contacts/${sourceId}/conversations/${conversationId}/messages/${survey?.id}`,
      {
        submitted_values: submitted,
      },
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: survey?.id, content_attributes: { submitted_values: submitted } });
    expect(fake.csatResponses()).toEqual([
      { conversationId, messageId: survey?.id, rating: 4, feedbackMessage: 'Quick, thanks' },
    ]);
  });
});

// ---- ActionCable ------------------------------------------------------------------------------

describe('the ActionCable websocket', () => {
  it('welcomes, confirms a known pubsub token, rejects an unknown one, and pings', async () => {
    const fake = await start({ pingIntervalMs: 40 });
    const { pubsubToken } = await contactAndConversation(fake);
    const cable = await openCable(fake);
    expect(cable.ws.protocol).toBe('actioncable-v1-json');
    await cable.waitFor((f) => f.type === 'welcome');
    expect(cable.frames[0]).toEqual({ type: 'welcome' });

    const identifier = cable.subscribe(pubsubToken);
    await cable.waitFor((f) => f.type === 'confirm_subscription');
    expect(cable.frames.find((f) => f.type === 'confirm_subscription')).toEqual({
      identifier,
      type: 'confirm_subscription',
    });
    const presence = await cable.waitFor(event('presence.update'));
    expect(presence.identifier).toBe(identifier);
    expect(dataOf(presence)).toEqual({ account_id: 1, users: { '1': 'online' } });

    const unknown = cable.subscribe('no-such-token');
    await cable.waitFor((f) => f.type === 'reject_subscription');
    expect(cable.frames.find((f) => f.type === 'reject_subscription')).toEqual({
      identifier: unknown,
      type: 'reject_subscription',
    });
    // An agent-style identifier (with user_id) is not a contact subscription.
    const agentStyle = cable.subscribe(pubsubToken, { user_id: 1, account_id: 1 });
    await cable.waitFor((f) => f.type === 'reject_subscription' && f.identifier === agentStyle);

    const ping = await cable.waitFor((f) => f.type === 'ping');
    expect(Math.abs(Number(ping.message) - Date.now() / 1000)).toBeLessThan(5);
    await pause(100);
    expect(cable.frames.filter((f) => f.type === 'ping').length).toBeGreaterThanOrEqual(2);
  });

  it('stays silent on an unknown token when told to behave like a stock Chatwoot', async () => {
    const fake = await start({ unknownToken: 'ignore' });
    const cable = await openCable(fake);
    cable.subscribe('no-such-token');
    await pause(100);
    expect(cable.frames).toEqual([{ type: 'welcome' }]);
  });

  it('delivers message.created to the conversation’s contact only, with echo_id for the contact’s own', async () => {
    const fake = await start();
    const a = await contactAndConversation(fake, { name: 'A' });
    const b = await contactAndConversation(fake, { name: 'B' });
    const cableA = await openCable(fake);
    const cableB = await openCable(fake);
    const idA = cableA.subscribe(a.pubsubToken);
    cableB.subscribe(b.pubsubToken);
    await cableA.waitFor((f) => f.type === 'confirm_subscription');
    await cableB.waitFor((f) => f.type === 'confirm_subscription');

    fake.agentReply(a.conversationId, 'for A', { agentId: 1 });
    const created = await cableA.waitFor(event('message.created'));
    expect(created.identifier).toBe(idA);
    expect(dataOf(created)).toMatchObject({
      content: 'for A',
      message_type: 1,
      conversation_id: a.conversationId,
      account_id: 1,
      status: 'sent',
      content_type: 'text',
      sender: { id: 1, name: 'Alex Agent', type: 'user', avatar_url: '' },
      conversation: { contact_inbox: { source_id: a.sourceId } },
    });
    expect(dataOf(created)).not.toHaveProperty('echo_id');

    fake.agentReply(a.conversationId, 'a private note', { private: true });
    fake.agentReply(b.conversationId, 'for B');
    await cableB.waitFor(event('message.created'));
    const seenByB = cableB.frames.filter(event('message.created')).map((f) => dataOf(f).content);
    expect(seenByB).toEqual(['for B']);

    await call(fake, 'POST', `/contacts/${a.sourceId}/conversations/${a.conversationId}/messages`, {
      content: 'mine',
      echo_id: 'tmp-1',
    });
    const own = await cableA.waitFor((f) => event('message.created')(f) && dataOf(f).echo_id === 'tmp-1');
    expect(dataOf(own)).toMatchObject({
      content: 'mine',
      message_type: 0,
      sender: { type: 'contact', name: 'A' },
    });
    expect(cableA.frames.filter(event('message.created')).map((f) => dataOf(f).content)).toEqual([
      'for A',
      'mine',
    ]);
  });

  it('sends agent typing, status changes, CSAT updates and presence to the contact', async () => {
    const fake = await start({
      agents: [{ name: 'Sam', avatarUrl: 'https://img/sam.png' }, { name: 'Kim' }],
    });
    const { sourceId, conversationId, pubsubToken } = await contactAndConversation(fake);
    const cable = await openCable(fake);
    cable.subscribe(pubsubToken);
    await cable.waitFor((f) => f.type === 'confirm_subscription');

    fake.agentTyping(conversationId, true);
    const on = dataOf(await cable.waitFor(event('conversation.typing_on')));
    expect(on).toMatchObject({
      conversation: { id: conversationId, status: 'open' },
      user: { id: 1, name: 'Sam', avatar_url: 'https://img/sam.png', type: 'user' },
      is_private: false,
      account_id: 1,
    });
    fake.agentTyping(conversationId, false, 2);
    expect(dataOf(await cable.waitFor(event('conversation.typing_off'))).user).toMatchObject({
      id: 2,
      name: 'Kim',
    });

    fake.resolve(conversationId);
    const resolved = dataOf(await cable.waitFor(event('conversation.status_changed')));
    expect(resolved).toMatchObject({
      id: conversationId,
      status: 'resolved',
      account_id: 1,
      channel: 'Channel::Api',
    });
    // Activity messages stay with the agents.
    expect(cable.frames.filter(event('message.created'))).toHaveLength(0);

    const survey = fake.sendCsat(conversationId);
    const csat = dataOf(await cable.waitFor(event('message.created')));
    expect(csat).toMatchObject({ id: survey.id, content_type: 'input_csat', message_type: 3 });
    await call(fake, 'PATCH', `/contacts/${sourceId}/conversations/${conversationId}/messages/${survey.id}`, {
      submitted_values: { csat_survey_response: { rating: 5 } },
    });
    const updated = dataOf(await cable.waitFor(event('message.updated')));
    expect(updated).toMatchObject({
      id: survey.id,
      content_attributes: { submitted_values: { csat_survey_response: { rating: 5 } } },
      previous_changes: {
        content_attributes: [{}, { submitted_values: { csat_survey_response: { rating: 5 } } }],
      },
    });

    fake.setAgentPresence(1, 'busy');
    fake.setAgentPresence(2, 'offline');
    await cable.waitFor((f) => event('presence.update')(f) && !('2' in ((dataOf(f).users as Json) ?? {})));
    const last = cable.frames.filter(event('presence.update')).at(-1);
    expect(last && dataOf(last).users).toEqual({ '1': 'busy' });
  });

  it('answers update_presence and forgets unsubscribed identifiers', async () => {
    const fake = await start();
    const { conversationId, pubsubToken } = await contactAndConversation(fake);
    const cable = await openCable(fake);
    const identifier = cable.subscribe(pubsubToken);
    await cable.waitFor(event('presence.update'));
    cable.ws.send(
      JSON.stringify({ command: 'message', identifier, data: JSON.stringify({ action: 'update_presence' }) }),
    );
    await pause(50);
    expect(cable.frames.filter(event('presence.update'))).toHaveLength(2);

    cable.ws.send(JSON.stringify({ command: 'unsubscribe', identifier }));
    await pause(50);
    fake.agentReply(conversationId, 'nobody listening');
    await pause(50);
    expect(cable.frames.filter(event('message.created'))).toHaveLength(0);
  });
});

// ---- switches ---------------------------------------------------------------------------------

describe('the fault switches', () => {
  it('dropSockets closes every socket abruptly and can refuse new ones for a while', async () => {
    const fake = await start();
    const cable = await openCable(fake);
    const closed = new Promise<number>((resolve) => cable.ws.once('close', (code) => resolve(code)));
    expect(fake.socketCount()).toBe(1);
    fake.dropSockets({ refuseForMs: 150 });
    expect(await closed).toBe(1006);

    const refused = new WebSocket(fake.websocketUrl);
    sockets.push(refused);
    const error = await new Promise<Error>((resolve) => refused.once('error', resolve));
    expect(error.message).toContain('503');

    await pause(200);
    const again = await openCable(fake);
    await again.waitFor((f) => f.type === 'welcome');
  });

  it('delay holds answers, before acting or after', async () => {
    const fake = await start();
    const { sourceId, conversationId } = await contactAndConversation(fake);
    fake.delay(150);
    const started = Date.now();
    await call(fake, 'GET', `/contacts/${sourceId}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    fake.delay(300, { phase: 'after' });
    const pending = call(fake, 'POST', `/contacts/${sourceId}/conversations/${conversationId}/messages`, {
      content: 'slow',
    });
    await pause(100);
    expect(fake.messages(conversationId).map((m) => m.content)).toEqual(['slow']);
    expect((await pending).status).toBe(200);

    fake.delay(0);
    const quick = Date.now();
    await call(fake, 'GET', `/contacts/${sourceId}`);
    expect(Date.now() - quick).toBeLessThan(100);
  });

  it('failNext answers the next requests with an error without acting', async () => {
    const fake = await start();
    fake.failNext(2, 503, undefined, { 'retry-after': '1' });
    const first = await fetch(`${inboxUrl(fake)}/contacts`, { method: 'POST' });
    expect([first.status, first.headers.get('retry-after'), await first.json()]).toEqual([
      503,
      '1',
      { status: 503, error: 'Service Unavailable' },
    ]);
    expect((await call(fake, 'POST', '/contacts', {})).status).toBe(503);
    expect(fake.contacts()).toHaveLength(0);
    expect((await call(fake, 'POST', '/contacts', {})).status).toBe(200);
    expect(fake.contacts()).toHaveLength(1);
    expect(fake.requests().map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('failWhen fails only matching requests, the given number of times, with a custom body', async () => {
    const fake = await start();
    const { sourceId, conversationId } = await contactAndConversation(fake);
    const path = `/contacts/${sourceId}/conversations/${conversationId}/messages`;
    fake.failWhen('post', /\/messages$/, 429, 1, 'Retry later\n');
    expect((await call(fake, 'GET', path)).status).toBe(200);
    const limited = await call(fake, 'POST', path, { content: 'x' });
    expect([limited.status, limited.text]).toEqual([429, 'Retry later\n']);
    expect(fake.messages(conversationId)).toHaveLength(0);
    expect((await call(fake, 'POST', path, { content: 'x' })).status).toBe(200);
    expect(fake.messages(conversationId)).toHaveLength(1);
  });

  it('dropAnswerAfterCommit stores and broadcasts, then cuts the connection without answering', async () => {
    const fake = await start();
    const { sourceId, conversationId, pubsubToken } = await contactAndConversation(fake);
    const cable = await openCable(fake);
    cable.subscribe(pubsubToken);
    await cable.waitFor((f) => f.type === 'confirm_subscription');
    fake.dropAnswerAfterCommit('POST', '/messages');

    await expect(
      call(fake, 'POST', `/contacts/${sourceId}/conversations/${conversationId}/messages`, {
        content: 'sent once',
        echo_id: 'e-1',
      }),
    ).rejects.toThrow();
    expect(fake.messages(conversationId).map((m) => [m.content, m.echoId])).toEqual([['sent once', 'e-1']]);
    expect(dataOf(await cable.waitFor(event('message.created'))).echo_id).toBe('e-1');
    expect(fake.requests().at(-1)).toMatchObject({ method: 'POST', status: 'dropped' });

    // Only once: the next request is answered.
    expect(
      (await call(fake, 'GET', `/contacts/${sourceId}/conversations/${conversationId}/messages`)).status,
    ).toBe(200);
  });

  it('clearFaults removes pending switches, and close ends the server and its sockets', async () => {
    const fake = await createFakeChatwoot();
    fake.failNext(5, 500);
    fake.delay(5000);
    fake.clearFaults();
    expect((await call(fake, 'POST', '/contacts', {})).status).toBe(200);

    const cable = await openCable(fake);
    const closed = new Promise<void>((resolve) => cable.ws.once('close', () => resolve()));
    await fake.close();
    await closed;
    expect(fake.socketCount()).toBe(0);
    await expect(fetch(`${inboxUrl(fake)}/contacts`, { method: 'POST' })).rejects.toThrow();
    await fake.close(); // twice is fine
  });
});
