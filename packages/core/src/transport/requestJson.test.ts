import { describe, expect, it, vi } from 'vitest';
import { failureOf } from '../testing/failureOf';
import { requestJson } from './requestJson';

const url = 'https://chat.example.com/public/api/v1/inboxes/abc/contacts?x=1';

/** A fetch that answers `answer` and records what it was asked. */
const answering = (answer: () => Response) =>
  vi.fn<typeof fetch>(async (_input, init) => {
    init?.signal?.throwIfAborted();
    return answer();
  });

describe('requestJson', () => {
  it('sends the method, a JSON body and headers to the URL as given, and resolves with the JSON', async () => {
    const fetchImpl = answering(() => Response.json({ id: 7 }, { status: 201 }));
    const answer = await requestJson<{ id: number }>(url, {
      method: 'POST',
      json: { name: 'Ada', tags: ['a'] },
      headers: { 'x-trace': 't1', 'x-none': undefined },
      fetch: fetchImpl,
    });
    expect(answer).toEqual({ id: 7 });
    const [input, init] = fetchImpl.mock.calls[0]!;
    expect(input).toBe(url);
    expect(init).toMatchObject({ method: 'POST', body: '{"name":"Ada","tags":["a"]}' });
    expect(init?.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json',
      'x-trace': 't1',
    });
  });

  it('sends a FormData as multipart, and nothing of a caller object’s other members', async () => {
    const fetchImpl = answering(() => Response.json({ ok: true }));
    const form = new FormData();
    form.append('content', 'Hello');
    const options = { json: form, fetch: fetchImpl, token: 'secret', idempotencyKey: 'k', path: '/x' };
    await requestJson(url, options);
    const [input, init] = fetchImpl.mock.calls[0]!;
    expect(input).toBe(url);
    expect(init?.body).toBe(form);
    // No content type (fetch sets the boundary), no token, no key.
    expect(init?.headers).toEqual({ accept: 'application/json' });
  });

  it('resolves with undefined for an answer without a body', async () => {
    const fetchImpl = answering(() => new Response(null, { status: 204 }));
    await expect(requestJson(url, { fetch: fetchImpl })).resolves.toBeUndefined();
  });

  it('maps error statuses to codes, with a problem’s code and Retry-After', async () => {
    const problem = () =>
      new Response(JSON.stringify({ code: 'slow_down', detail: 'Too many.' }), {
        status: 429,
        headers: { 'retry-after': '3' },
      });
    const limited = await failureOf(requestJson(url, { fetch: answering(problem) }));
    expect(limited).toMatchObject({
      code: 'rate_limited',
      status: 429,
      problemCode: 'slow_down',
      retryAfterMs: 3000,
      message: 'Too many.',
    });
    const missing = await failureOf(
      requestJson(url, { fetch: answering(() => new Response('', { status: 404 })) }),
    );
    expect(missing).toMatchObject({ code: 'not_found', status: 404 });
    const broken = await failureOf(
      requestJson(url, { fetch: answering(() => new Response('<html>oops</html>', { status: 502 })) }),
    );
    expect(broken).toMatchObject({ code: 'server', status: 502 });
  });

  it('refuses an answer that is not JSON as invalid_response', async () => {
    const html = answering(() => new Response('<html>login</html>', { status: 200 }));
    expect(await failureOf(requestJson(url, { fetch: html }))).toMatchObject({
      code: 'invalid_response',
      status: 200,
      message: 'Answer is not JSON.',
    });
  });

  it('fails with timeout past its time limit, aborted on the caller’s signal, network otherwise', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    expect(await failureOf(requestJson(url, { fetch: hanging, timeoutMs: 20 }))).toMatchObject({
      code: 'timeout',
    });
    const controller = new AbortController();
    const pending = requestJson(url, { fetch: hanging, signal: controller.signal });
    controller.abort();
    expect(await failureOf(pending)).toMatchObject({ code: 'aborted' });
    const refused = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await failureOf(requestJson(url, { fetch: refused }))).toMatchObject({ code: 'network' });
  });

  it('never calls fetch with a relative URL (it would reach the host page)', async () => {
    const fetchImpl = answering(() => Response.json({}));
    expect(await failureOf(requestJson('/public/api/v1/inboxes', { fetch: fetchImpl }))).toMatchObject({
      code: 'network',
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
