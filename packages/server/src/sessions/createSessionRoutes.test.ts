import { Problem, Session } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
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
