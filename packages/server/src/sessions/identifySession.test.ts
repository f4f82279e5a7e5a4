import { type Contact, Problem, Session } from '@parley/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestEngine, expectContract, storeKinds, type TestEngine } from '../testing/createTestEngine';
import { identityHash } from './identityHash';
import { signIdentityJwt } from './signIdentityJwt';

const demoSecret = 'demo-secret-change-me';
const verifiedSecret = 'verified-secret-change-me';

describe.each(storeKinds)('POST /v1/session/identify on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function identify(token: string, body: Record<string, unknown>) {
    const response = await engine.request('POST', '/v1/session/identify', { token, body });
    const json = (await response.json()) as unknown;
    expectContract(response.ok ? Session : Problem, json);
    return { status: response.status, body: json as Session & Problem };
  }

  /** The session's contact as the server sees it now (an empty update changes nothing). */
  async function contactOf(token: string): Promise<Contact> {
    const response = await engine.request('PATCH', '/v1/session/contact', { token, body: {} });
    expect(response.status).toBe(200);
    return (await response.json()) as Contact;
  }

  async function resume(resumeToken: string, widgetKey = 'wk_demo'): Promise<Session> {
    const response = await engine.request('POST', '/v1/session', { body: { widgetKey, resumeToken } });
    return (await response.json()) as Session;
  }

  const jwtFor = (sub: string, claims: Record<string, unknown> = {}, secret = demoSecret) =>
    signIdentityJwt(secret, { sub, exp: engine.clock.now() / 1000 + 300, ...claims });

  it('verifies a hash: the session becomes the user, with the visitor’s conversations and tickets', async () => {
    engine = await createTestEngine(kind);
    const conversations = vi.spyOn(engine.store.conversations, 'reassignContact');
    const tickets = vi.spyOn(engine.store.tickets, 'reassignContact');
    const emails = vi.spyOn(engine.store.outbox, 'reassignContact');
    const files = vi.spyOn(engine.store.attachments, 'reassignContact');
    const visitor = await engine.startSession();
    const { status, body } = await identify(visitor.token, {
      userId: 'user_42',
      hash: await identityHash(demoSecret, 'user_42'),
      name: 'Ada Okafor',
      email: 'ada@example.com',
    });
    expect(status).toBe(200);
    expect(body.token).toBe(visitor.token);
    expect(body.expiresAt).toBe(visitor.expiresAt);
    expect(body.resumeToken).not.toBe(visitor.resumeToken);
    expect(body.contact).toEqual({
      id: expect.not.stringMatching(visitor.contact.id),
      kind: 'user',
      userId: 'user_42',
      name: 'Ada Okafor',
      email: 'ada@example.com',
      attributes: {},
    });
    expect(conversations).toHaveBeenCalledWith(visitor.contact.id, body.contact.id);
    expect(tickets).toHaveBeenCalledWith(visitor.contact.id, body.contact.id);
    expect(files).toHaveBeenCalledWith(visitor.contact.id, body.contact.id);
    expect(emails).toHaveBeenCalledWith(visitor.contact.id, body.contact.id);
    // The same token now acts for the user.
    expect(await contactOf(visitor.token)).toEqual(body.contact);
    // The new resume token resumes the user; the spent visitor's one no longer resumes anybody.
    expect((await resume(body.resumeToken)).contact.id).toBe(body.contact.id);
    const stale = await resume(visitor.resumeToken);
    expect(stale.contact.id).not.toBe(body.contact.id);
    expect(stale.contact.id).not.toBe(visitor.contact.id);
  });

  it('lets the user find, on another device, the conversation they started as a visitor', async () => {
    engine = await createTestEngine(kind);
    const visitor = await engine.startSession();
    const started = await engine.request('POST', '/v1/conversations', {
      token: visitor.token,
      body: { message: { clientMessageId: 'first', text: 'How do I export my notes?' } },
    });
    expect(started.status).toBe(201);
    const conversation = (await started.json()) as { id: string };
    const hash = await identityHash(demoSecret, 'user_42');
    await identify(visitor.token, { userId: 'user_42', hash });

    const phone = await engine.startSession();
    await identify(phone.token, { userId: 'user_42', hash });
    const list = await engine.request('GET', '/v1/conversations', { token: phone.token });
    const page = (await list.json()) as { data: { id: string }[] };
    expect(page.data.map((item) => item.id)).toEqual([conversation.id]);
    // A stranger's session does not see it.
    const stranger = await engine.startSession();
    const none = (await (
      await engine.request('GET', '/v1/conversations', { token: stranger.token })
    ).json()) as {
      data: unknown[];
    };
    expect(none.data).toEqual([]);
  });

  it('carries what the visitor told before logging in over to a new user', async () => {
    engine = await createTestEngine(kind);
    const visitor = await engine.startSession();
    await engine.request('PATCH', '/v1/session/contact', {
      token: visitor.token,
      body: { email: 'ada@example.com', attributes: { plan: 'plus', seats: 3 } },
    });
    const { body } = await identify(visitor.token, {
      userId: 'user_42',
      hash: await identityHash(demoSecret, 'user_42'),
      attributes: { seats: null, company: 'Okafor Ltd' },
    });
    expect(body.contact).toMatchObject({
      kind: 'user',
      email: 'ada@example.com',
      attributes: { plan: 'plus', company: 'Okafor Ltd' },
    });
  });

  it('verifies a JWT, whose email and name claims win over the body', async () => {
    engine = await createTestEngine(kind);
    const visitor = await engine.startSession();
    const { status, body } = await identify(visitor.token, {
      userId: 'user_42',
      jwt: await jwtFor('user_42', { email: 'ada@lumen.example', name: 'Ada O.' }),
      name: 'Someone Else',
      email: 'someone@example.com',
      attributes: { plan: 'team' },
    });
    expect(status).toBe(200);
    expect(body.contact).toMatchObject({
      kind: 'user',
      userId: 'user_42',
      name: 'Ada O.',
      email: 'ada@lumen.example',
      attributes: { plan: 'team' },
    });
  });

  it('finds the same user from another device, and identifying again is harmless', async () => {
    engine = await createTestEngine(kind);
    const laptop = await engine.startSession();
    const hash = await identityHash(demoSecret, 'user_42');
    const first = await identify(laptop.token, { userId: 'user_42', hash, name: 'Ada' });

    const reassign = vi.spyOn(engine.store.conversations, 'reassignContact');
    const again = await identify(laptop.token, { userId: 'user_42', hash, email: 'ada@example.com' });
    expect(again.status).toBe(200);
    expect(again.body.contact).toMatchObject({
      id: first.body.contact.id,
      name: 'Ada',
      email: 'ada@example.com',
    });
    expect(reassign).not.toHaveBeenCalled();

    const phone = await engine.startSession();
    const onPhone = await identify(phone.token, { userId: 'user_42', jwt: await jwtFor('user_42') });
    expect(onPhone.body.contact.id).toBe(first.body.contact.id);
    expect(reassign).toHaveBeenCalledWith(phone.contact.id, first.body.contact.id);
    // The user's stored details win over nothing: a bare identify keeps them.
    expect(onPhone.body.contact).toMatchObject({ name: 'Ada', email: 'ada@example.com' });
  });

  it('switches accounts without merging one user into another', async () => {
    engine = await createTestEngine(kind);
    const session = await engine.startSession();
    const ada = await identify(session.token, {
      userId: 'ada',
      hash: await identityHash(demoSecret, 'ada'),
    });
    const reassign = vi.spyOn(engine.store.conversations, 'reassignContact');
    const tickets = vi.spyOn(engine.store.tickets, 'reassignContact');
    const grace = await identify(session.token, {
      userId: 'grace',
      hash: await identityHash(demoSecret, 'grace'),
    });
    expect(grace.status).toBe(200);
    expect(grace.body.contact).toMatchObject({ kind: 'user', userId: 'grace' });
    expect(grace.body.contact.id).not.toBe(ada.body.contact.id);
    expect(reassign).not.toHaveBeenCalled();
    expect(tickets).not.toHaveBeenCalled();
    expect((await contactOf(session.token)).id).toBe(grace.body.contact.id);
    // Ada is still Ada.
    expect((await resume(ada.body.resumeToken)).contact).toMatchObject({
      id: ada.body.contact.id,
      userId: 'ada',
    });
  });

  it('gives two sessions that identify as a new user at the same moment the same contact', async () => {
    engine = await createTestEngine(kind);
    const [one, two] = await Promise.all([engine.startSession(), engine.startSession()]);
    const hash = await identityHash(demoSecret, 'user_7');
    const [a, b] = await Promise.all([
      identify(one.token, { userId: 'user_7', hash }),
      identify(two.token, { userId: 'user_7', hash }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.contact.id).toBe(b.body.contact.id);
  });

  it.each([
    [
      'a hash of another user id',
      async () => ({ userId: 'user_42', hash: await identityHash(demoSecret, 'user_43') }),
    ],
    [
      'a hash made with another secret',
      async () => ({ userId: 'user_42', hash: await identityHash(verifiedSecret, 'user_42') }),
    ],
    [
      'a JWT for another user',
      async () => ({
        userId: 'user_42',
        jwt: await signIdentityJwt(demoSecret, { sub: 'user_43', exp: 2e9 }),
      }),
    ],
    [
      'an expired JWT',
      async () => ({
        userId: 'user_42',
        jwt: await signIdentityJwt(demoSecret, { sub: 'user_42', exp: 1e9 }),
      }),
    ],
    [
      'an unsigned JWT',
      async () => ({
        userId: 'user_42',
        jwt: (await signIdentityJwt(demoSecret, { sub: 'user_42', exp: 2e9 }, { alg: 'none' })).replace(
          /[^.]+$/,
          '',
        ),
      }),
    ],
    ['garbage as a JWT', async () => ({ userId: 'user_42', jwt: 'not.a.jwt' })],
  ])('refuses %s with 401 identity_verification_failed and changes nothing', async (_case, makeBody) => {
    engine = await createTestEngine(kind);
    const visitor = await engine.startSession();
    const { status, body } = await identify(visitor.token, { ...(await makeBody()), name: 'Mallory' });
    expect(status).toBe(401);
    expect(body.code).toBe('identity_verification_failed');
    expect(await contactOf(visitor.token)).toEqual(visitor.contact);
  });

  it('accepts an unverified identity on an optional widget as details only', async () => {
    engine = await createTestEngine(kind);
    // user_42 exists and has a history...
    const owner = await engine.startSession();
    const user = await identify(owner.token, {
      userId: 'user_42',
      hash: await identityHash(demoSecret, 'user_42'),
    });
    // ...but a claim without proof never reaches it.
    const reassign = vi.spyOn(engine.store.conversations, 'reassignContact');
    const visitor = await engine.startSession();
    const { status, body } = await identify(visitor.token, {
      userId: 'user_42',
      name: 'Ada',
      email: 'ada@example.com',
      attributes: { plan: 'free' },
    });
    expect(status).toBe(200);
    expect(body.token).toBe(visitor.token);
    expect(body.contact).toEqual({
      id: visitor.contact.id,
      kind: 'visitor',
      userId: null,
      name: 'Ada',
      email: 'ada@example.com',
      attributes: { plan: 'free' },
    });
    expect(body.contact.id).not.toBe(user.body.contact.id);
    expect(reassign).not.toHaveBeenCalled();
    expect((await resume(body.resumeToken)).contact.id).toBe(visitor.contact.id);
  });

  it('refuses an unverified claim to be another user than the verified one of the session', async () => {
    engine = await createTestEngine(kind);
    const session = await engine.startSession();
    await identify(session.token, { userId: 'ada', hash: await identityHash(demoSecret, 'ada') });
    const other = await identify(session.token, { userId: 'grace', name: 'Grace' });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('conflict');
    const same = await identify(session.token, { userId: 'ada', name: 'Ada Lovelace' });
    expect(same.status).toBe(200);
    expect(same.body.contact).toMatchObject({ kind: 'user', userId: 'ada', name: 'Ada Lovelace' });
  });

  it('requires verification on a widget that says so', async () => {
    engine = await createTestEngine(kind);
    const visitor = await engine.startSession('wk_verified');
    const refused = await identify(visitor.token, { userId: 'user_42', name: 'Ada' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('identity_verification_required');
    expect((await contactOf(visitor.token)).name).toBeNull();

    const demoHash = await identify(visitor.token, {
      userId: 'user_42',
      hash: await identityHash(demoSecret, 'user_42'),
    });
    expect(demoHash.status).toBe(401);

    const verified = await identify(visitor.token, {
      userId: 'user_42',
      jwt: await jwtFor('user_42', {}, verifiedSecret),
    });
    expect(verified.status).toBe(200);
    expect(verified.body.contact).toMatchObject({ kind: 'user', userId: 'user_42' });
    expect(verified.body.widgetKey).toBe('wk_verified');
  });

  it('keeps users of different widgets apart', async () => {
    engine = await createTestEngine(kind);
    const demo = await engine.startSession();
    const enterprise = await engine.startSession('wk_verified');
    const a = await identify(demo.token, {
      userId: 'user_42',
      hash: await identityHash(demoSecret, 'user_42'),
    });
    const b = await identify(enterprise.token, {
      userId: 'user_42',
      hash: await identityHash(verifiedSecret, 'user_42'),
    });
    expect(a.body.contact.id).not.toBe(b.body.contact.id);
  });

  it('cannot verify anybody on a widget without a secret', async () => {
    engine = await createTestEngine(kind, {
      seed: {
        widgets: [
          {
            key: 'wk_plain',
            brand: { name: 'Plain', color: '#000' },
            defaultLocale: 'en',
            allowedOrigins: ['*'],
            translations: [{ locale: 'en', greeting: { title: 'Hi', message: 'Hello' } }],
          },
        ],
      },
    });
    const visitor = await engine.startSession('wk_plain');
    const { status, body } = await identify(visitor.token, {
      userId: 'user_42',
      hash: await identityHash(demoSecret, 'user_42'),
    });
    expect(status).toBe(401);
    expect(body.code).toBe('identity_verification_failed');
  });

  it.each([
    ['hash and jwt together', { userId: 'u', hash: 'a'.repeat(64), jwt: 'x.y.z' }],
    ['an upper-case hash', { userId: 'u', hash: 'A'.repeat(64) }],
    ['no user id', { hash: 'a'.repeat(64) }],
    ['an invalid email', { userId: 'u', email: 'not an email' }],
    ['an unknown field', { userId: 'u', admin: true }],
  ])('answers %s with 422 validation_failed', async (_case, body) => {
    engine = await createTestEngine(kind);
    const visitor = await engine.startSession();
    const answer = await identify(visitor.token, body);
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('validation_failed');
  });

  it('refuses to add attributes beyond 50', async () => {
    engine = await createTestEngine(kind);
    const visitor = await engine.startSession();
    const many = (prefix: string) =>
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`${prefix}${i}`, i]));
    expect((await identify(visitor.token, { userId: 'u', attributes: many('a') })).status).toBe(200);
    const answer = await identify(visitor.token, { userId: 'u', attributes: many('b') });
    expect(answer.status).toBe(422);
    expect(Object.keys((await contactOf(visitor.token)).attributes)).toHaveLength(30);
  });

  it('needs a live session', async () => {
    engine = await createTestEngine(kind);
    const missing = await engine.request('POST', '/v1/session/identify', { body: { userId: 'u' } });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ code: 'unauthorized' });

    const visitor = await engine.startSession();
    engine.clock.advance(12 * 60 * 60 * 1000);
    const expired = await engine.request('POST', '/v1/session/identify', {
      token: visitor.token,
      body: { userId: 'u' },
    });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'session_expired' });
  });
});
