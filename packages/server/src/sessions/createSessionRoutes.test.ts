import { Contact, Problem, RedeemedLink, Session } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../security/sha256Hex';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';

describe.each(storeKinds)('POST /v1/session on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  it('starts an anonymous visitor session whose token opens the API', async () => {
    engine = await createTestEngine(kind);
    const session = await engine.startSession();
    expect(session.contact.kind).toBe('visitor');
    expect(session.token).not.toBe(session.resumeToken);
    expect(Date.parse(session.expiresAt)).toBe(engine.clock.now() + 12 * 60 * 60 * 1000);
  });

  it('resumes the same contact with the resume token, with a new session token', async () => {
    engine = await createTestEngine(kind);
    const first = await engine.startSession();
    const response = await engine.request('POST', '/v1/session', {
      body: { widgetKey: 'wk_demo', resumeToken: first.resumeToken },
    });
    const resumed = (await response.json()) as Session;
    expect(response.status).toBe(201);
    expect(resumed.contact.id).toBe(first.contact.id);
    expect(resumed.token).not.toBe(first.token);
    expect(resumed.resumeToken).toBe(first.resumeToken);
  });

  it('gives a new visitor for an unknown or foreign resume token', async () => {
    engine = await createTestEngine(kind);
    const first = await engine.startSession();
    const response = await engine.request('POST', '/v1/session', {
      body: { widgetKey: 'wk_demo', resumeToken: `${first.resumeToken}x` },
    });
    const other = (await response.json()) as Session;
    expectContract(Session, other);
    expect(other.contact.id).not.toBe(first.contact.id);
  });

  it.each([
    ['an unknown widget', { widgetKey: 'wk_nope' }, 404, 'widget_not_found'],
    ['a missing widget key', {}, 422, 'validation_failed'],
    ['an unknown field', { widgetKey: 'wk_demo', admin: true }, 422, 'validation_failed'],
    ['a wrong type', { widgetKey: 42 }, 422, 'validation_failed'],
  ])('refuses %s', async (_name, body, status, code) => {
    engine = await createTestEngine(kind);
    const response = await engine.request('POST', '/v1/session', { body });
    const problem = await response.json();
    expect(response.status).toBe(status);
    expect(problem).toMatchObject({ code });
    expectContract(Problem, problem);
  });

  it('answers malformed JSON with 400 invalid_json and other media types with 415', async () => {
    engine = await createTestEngine(kind);
    const malformed = await engine.request('POST', '/v1/session', {
      rawBody: '{"widgetKey":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'invalid_json' });
    const text = await engine.request('POST', '/v1/session', {
      rawBody: 'widgetKey=wk_demo',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(415);
  });

  it('answers an oversize body with 413 before parsing it', async () => {
    engine = await createTestEngine(kind);
    const response = await engine.request('POST', '/v1/session', {
      body: { widgetKey: 'x'.repeat(300 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'payload_too_large' });
  });
});

describe.each(storeKinds)('DELETE /v1/session on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  it('logs out: 204, the token then gets session_expired and the resume token starts a stranger', async () => {
    engine = await createTestEngine(kind);
    const session = await engine.startSession();
    const logout = await engine.request('DELETE', '/v1/session', { token: session.token });
    expect(logout.status).toBe(204);
    expect(await logout.text()).toBe('');

    const after = await engine.request('PATCH', '/v1/session/contact', { token: session.token, body: {} });
    expect(after.status).toBe(401);
    const problem = await after.json();
    expect(problem).toMatchObject({ code: 'session_expired' });
    expectContract(Problem, problem);
    expect((await engine.request('DELETE', '/v1/session', { token: session.token })).status).toBe(401);

    const resumed = await engine.request('POST', '/v1/session', {
      body: { widgetKey: 'wk_demo', resumeToken: session.resumeToken },
    });
    expect(((await resumed.json()) as Session).contact.id).not.toBe(session.contact.id);
  });

  it('ends only this session: another tab of the same contact keeps working until it expires', async () => {
    engine = await createTestEngine(kind);
    const first = await engine.startSession();
    const second = (await (
      await engine.request('POST', '/v1/session', {
        body: { widgetKey: 'wk_demo', resumeToken: first.resumeToken },
      })
    ).json()) as Session;
    expect((await engine.request('DELETE', '/v1/session', { token: first.token })).status).toBe(204);
    const other = await engine.request('PATCH', '/v1/session/contact', { token: second.token, body: {} });
    expect(other.status).toBe(200);
  });

  it('needs a token', async () => {
    engine = await createTestEngine(kind);
    const response = await engine.request('DELETE', '/v1/session');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('answers other methods with 405 and the allowed ones', async () => {
    engine = await createTestEngine(kind);
    const response = await engine.request('GET', '/v1/session');
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST, DELETE');
  });
});

describe.each(storeKinds)('PATCH /v1/session/contact on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function update(token: string, body: unknown) {
    const response = await engine.request('PATCH', '/v1/session/contact', { token, body });
    const json = await response.json();
    expectContract(response.ok ? Contact : Problem, json);
    return { status: response.status, body: json as Contact & Problem };
  }

  it('sets name and email and merges attributes, null removing a key', async () => {
    engine = await createTestEngine(kind);
    const session = await engine.startSession();
    const first = await update(session.token, {
      name: 'Ada',
      email: 'ada@example.com',
      attributes: { plan: 'plus', seats: 3, beta: true },
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id: session.contact.id,
      kind: 'visitor',
      userId: null,
      name: 'Ada',
      email: 'ada@example.com',
      attributes: { plan: 'plus', seats: 3, beta: true },
    });
    const second = await update(session.token, {
      name: 'Ada Okafor',
      attributes: { seats: null, company: 'Okafor' },
    });
    expect(second.body).toMatchObject({
      name: 'Ada Okafor',
      email: 'ada@example.com',
      attributes: { plan: 'plus', beta: true, company: 'Okafor' },
    });
    expect(second.body.attributes).not.toHaveProperty('seats');
    // Kept: a resumed session sees the same details.
    const resumed = (await (
      await engine.request('POST', '/v1/session', {
        body: { widgetKey: 'wk_demo', resumeToken: session.resumeToken },
      })
    ).json()) as Session;
    expect(resumed.contact).toEqual(second.body);
  });

  it.each([
    ['an invalid email', { email: 'nope' }],
    ['an attribute key with a space', { attributes: { 'two words': 1 } }],
    ['a nested attribute', { attributes: { plan: { name: 'plus' } } }],
    ['a user id', { userId: 'user_42' }],
    ['a kind', { kind: 'user' }],
  ])('refuses %s with 422', async (_case, body) => {
    engine = await createTestEngine(kind);
    const session = await engine.startSession();
    const answer = await update(session.token, body);
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('validation_failed');
  });

  it('refuses to keep more than 50 attributes', async () => {
    engine = await createTestEngine(kind);
    const session = await engine.startSession();
    const attributes = (prefix: string) =>
      Object.fromEntries(Array.from({ length: 26 }, (_, index) => [`${prefix}${index}`, index]));
    expect((await update(session.token, { attributes: attributes('a') })).status).toBe(200);
    const answer = await update(session.token, { attributes: attributes('b') });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([{ pointer: '/attributes', detail: expect.any(String) }]);
  });

  it('needs a session and answers other methods with 405', async () => {
    engine = await createTestEngine(kind);
    expect((await engine.request('PATCH', '/v1/session/contact', { body: {} })).status).toBe(401);
    const session = await engine.startSession();
    const wrong = await engine.request('POST', '/v1/session/contact', { token: session.token, body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('PATCH');
  });
});

describe.each(storeKinds)('POST /v1/session/link on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  /** An email with a one-time link to a conversation of the contact, valid for a week. */
  async function withLink(contactId: string, widgetKey = 'wk_demo') {
    const linkToken = 'Lm4Nq7Rs0Tu3Vw6Xy9Za2Bc5De8Fg1Hi-Jk_Lm';
    const now = engine.clock.now();
    await engine.store.outbox.addEmail({
      id: 'eml_test',
      widgetKey,
      contactId,
      conversationId: 'cnv_fromEmail',
      to: 'ada@example.com',
      subject: 'Lumen replied',
      text: 'We replied to your message.',
      link: `https://lumen.example/?parley_link=${linkToken}`,
      linkTokenHash: await sha256Hex(linkToken),
      linkExpiresAt: now + 7 * 24 * 60 * 60 * 1000,
      createdAt: now,
      usedAt: null,
    });
    return linkToken;
  }

  async function redeem(body: unknown) {
    const response = await engine.request('POST', '/v1/session/link', { body });
    const json = await response.json();
    expectContract(response.ok ? RedeemedLink : Problem, json);
    return { status: response.status, body: json as RedeemedLink & Problem };
  }

  it('trades the link once for a session of the conversation’s contact', async () => {
    engine = await createTestEngine(kind);
    const original = await engine.startSession();
    await engine.request('PATCH', '/v1/session/contact', { token: original.token, body: { name: 'Ada' } });
    const linkToken = await withLink(original.contact.id);

    const { status, body } = await redeem({ widgetKey: 'wk_demo', linkToken });
    expect(status).toBe(201);
    expect(body.conversationId).toBe('cnv_fromEmail');
    expect(body.session.contact).toMatchObject({ id: original.contact.id, name: 'Ada' });
    expect(body.session.token).not.toBe(original.token);
    expect(body.session.widgetKey).toBe('wk_demo');
    const works = await engine.request('PATCH', '/v1/session/contact', {
      token: body.session.token,
      body: {},
    });
    expect(works.status).toBe(200);

    const again = await redeem({ widgetKey: 'wk_demo', linkToken });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('link_expired');
  });

  it('answers an expired link with 410 link_expired', async () => {
    engine = await createTestEngine(kind);
    const original = await engine.startSession();
    const linkToken = await withLink(original.contact.id);
    engine.clock.advance(8 * 24 * 60 * 60 * 1000);
    const { status, body } = await redeem({ widgetKey: 'wk_demo', linkToken });
    expect(status).toBe(410);
    expect(body.code).toBe('link_expired');
  });

  it.each([
    ['an unknown link', { widgetKey: 'wk_demo', linkToken: 'nobody-issued-this' }, 404, 'not_found'],
    [
      'a link token sent in another case',
      { widgetKey: 'wk_demo', linkToken: 'lM4nQ7rS0tU3vW6xY9zA2bC5dE8fG1hI-jK_lM' },
      404,
      'not_found',
    ],
    ['a link of another widget', { widgetKey: 'wk_verified' }, 404, 'not_found'],
    ['an unknown widget', { widgetKey: 'wk_nope' }, 404, 'widget_not_found'],
    ['a missing link token', { widgetKey: 'wk_demo', linkToken: undefined }, 422, 'validation_failed'],
  ])('answers %s with %i %s', async (_case, change, status, code) => {
    engine = await createTestEngine(kind);
    const original = await engine.startSession();
    const linkToken = await withLink(original.contact.id);
    const answer = await redeem({ linkToken, ...change });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
  });
});
