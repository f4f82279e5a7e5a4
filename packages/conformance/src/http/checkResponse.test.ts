import { describe, expect, it } from 'vitest';
import { ConformanceFailure } from '../runner/ConformanceFailure';
import { checkResponse } from './checkResponse';
import { readResult } from './readResult';

const request = { method: 'POST', path: '/v1/session' };

async function check(body: string, init: ResponseInit): Promise<string | undefined> {
  try {
    checkResponse(await readResult(request, new Response(body, init)));
    return undefined;
  } catch (error) {
    if (!(error instanceof ConformanceFailure)) throw error;
    return error.message;
  }
}

const problem = (status: number, code: string) =>
  [
    JSON.stringify({ title: 'x', status, code }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  ] as const;

describe('checkResponse', () => {
  it('accepts a success and a well-formed problem', async () => {
    expect(
      await check('{"ok":true}', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    ).toBeUndefined();
    expect(await check(...problem(404, 'not_found'))).toBeUndefined();
  });

  it('refuses a 500, an error that is not problem+json, and a problem with another status', async () => {
    expect(await check(...problem(500, 'internal'))).toMatch(/failed with 500/);
    expect(await check('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })).toMatch(
      /not application\/problem\+json/,
    );
    expect(await check(...problem(400, 'BadCode'))).toMatch(/not a contract Problem/);
    const [body] = problem(400, 'invalid_json');
    expect(
      await check(body, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    ).toMatch(/another status/);
  });

  it('refuses stack traces, also inside JSON strings', async () => {
    const detail = 'TypeError: x is undefined\n    at handler (/srv/app/routes.js:10:5)';
    const body = JSON.stringify({ title: 'x', status: 400, code: 'invalid_request', detail });
    expect(
      await check(body, { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    ).toMatch(/stack trace/);
    expect(await check('at file:///srv/app.js:3:4', { status: 200 })).toMatch(/stack trace/);
  });

  it('requires Retry-After on 429 and 503', async () => {
    expect(await check(...problem(429, 'rate_limited'))).toMatch(/Retry-After/);
    const [body] = problem(503, 'unavailable');
    const headers = { 'Content-Type': 'application/problem+json', 'Retry-After': '5' };
    expect(await check(body, { status: 503, headers })).toBeUndefined();
  });
});
