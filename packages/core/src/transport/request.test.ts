import { afterEach, describe, expect, it, vi } from 'vitest';
import { array } from '../schema/array';
import { boolean } from '../schema/boolean';
import { object } from '../schema/object';
import { string } from '../schema/string';
import { failureOf } from '../testing/failureOf';
import type { HttpRequest, TransportOptions } from './HttpRequest';
import { openRequest } from './openRequest';
import { request } from './request';

const baseUrl = 'https://support.example.com/help/';
const schema = object({ ok: boolean });

afterEach(() => {
  vi.useRealTimers();
});

/** A fetch that answers `answer` and records what it was asked. */
function fetchAnswering(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  return vi.fn<typeof fetch>(async (input, init = {}) => answer(String(input), init));
}

function transport(fetchImpl: typeof fetch, timeoutMs = 5000): TransportOptions {
  return { baseUrl, fetch: fetchImpl, timeoutMs };
}

/** A fetch that never answers until its signal aborts, as a hung backend. */
const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

/** A body that sends `chunk` forever, as a hostile backend; records whether anyone stopped it. */
function endlessBody(chunk: Uint8Array) {
  const state = { pulls: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulls += 1;
      controller.enqueue(chunk);
    },
  });
  return { stream, state };
}

describe('request: what is sent', () => {
  it('sends the method, URL, query, JSON body, bearer token and idempotency key', async () => {
    const fetchImpl = fetchAnswering(() => Response.json({ ok: true }, { status: 201 }));
    const init = {
      method: 'POST',
      path: '/conversations/cnv_1/messages',
      query: { limit: 20, before: undefined, q: 'a b&c' },
      json: { text: 'Hi' },
      token: 'tok_123',
      idempotencyKey: 'cm_1',
    } satisfies HttpRequest;
    await expect(request(transport(fetchImpl), init, schema)).resolves.toEqual({ ok: true });
    const [url, sent] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('https://support.example.com/help/v1/conversations/cnv_1/messages?limit=20&q=a%20b%26c');
    expect(sent).toMatchObject({
      method: 'POST',
      body: '{"text":"Hi"}',
      headers: {
        accept: 'application/json',
        authorization: 'Bearer tok_123',
        'idempotency-key': 'cm_1',
        'content-type': 'application/json',
      },
    });
  });

  it('writes arrays from their items, whatever toJSON a page gave Array.prototype', async () => {
    const fetchImpl = fetchAnswering(() => Response.json({ ok: true }));
    const arrays = Array.prototype as unknown as { toJSON?: () => string };
    // As Prototype.js did: every array writes itself as a string.
    arrays.toJSON = function (this: unknown[]) {
      return `[${this.join(', ')}]`;
    };
    try {
      const json = { text: 'Hi', fileIds: ['f1', 'f2'], fields: { plan: ['a'] }, at: new Date(0) };
      await request(transport(fetchImpl), { method: 'POST', path: '/x', json, token: 't' }, schema);
    } finally {
      delete arrays.toJSON;
    }
    const sent = fetchImpl.mock.calls[0]?.[1];
    expect(sent?.body).toBe(
      '{"text":"Hi","fileIds":["f1","f2"],"fields":{"plan":["a"]},"at":"1970-01-01T00:00:00.000Z"}',
    );
    expect(sent?.headers).toMatchObject({ authorization: 'Bearer t' });
  });

  it('sends a FormData body as is, leaving the multipart content type to fetch', async () => {
    const fetchImpl = fetchAnswering(() => Response.json({ ok: true }));
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'notes.txt');
    await request(transport(fetchImpl), { method: 'POST', path: '/attachments', json: form }, schema);
    const sent = fetchImpl.mock.calls[0]?.[1];
    expect(sent?.body).toBe(form);
    expect(sent?.headers).not.toHaveProperty('content-type');
  });

  it('sends no Authorization header without a token', async () => {
    const fetchImpl = fetchAnswering(() => Response.json({ ok: true }));
    await request(transport(fetchImpl), { path: '/widget/config', token: undefined }, schema);
    expect(fetchImpl.mock.calls[0]?.[1]?.headers).toEqual({ accept: 'application/json' });
  });

  it('looks fetch up at call time when none is injected', async () => {
    const original = globalThis.fetch;
    const replacement = fetchAnswering(() => Response.json({ ok: true }));
    globalThis.fetch = replacement;
    try {
      await request({ baseUrl, timeoutMs: 1000 }, { path: '/x' }, schema);
    } finally {
      globalThis.fetch = original;
    }
    expect(replacement).toHaveBeenCalledTimes(1);
  });

  it('reports a missing fetch, and a base URL it cannot use, as network', async () => {
    const original = globalThis.fetch;
    Reflect.deleteProperty(globalThis, 'fetch');
    try {
      expect((await failureOf(request({ baseUrl, timeoutMs: 1000 }, { path: '/x' }, schema))).code).toBe(
        'network',
      );
    } finally {
      globalThis.fetch = original;
    }
    const fetchImpl = fetchAnswering(() => Response.json({ ok: true }));
    const error = await failureOf(
      request({ baseUrl: 'not a url', fetch: fetchImpl, timeoutMs: 1 }, { path: '/x' }, schema),
    );
    expect(error.code).toBe('network');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('takes the token, idempotency key and signal of `call` only, over its own', async () => {
    const fetchImpl = fetchAnswering(() => Response.json({ ok: true }));
    const call = { token: 'tok_call', path: '/elsewhere', etag: '"x"' };
    await request(transport(fetchImpl), { path: '/x', token: 'tok_own', idempotencyKey: 'k', call }, schema);
    const [url, sent] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('https://support.example.com/help/v1/x');
    expect(sent?.headers).toEqual({ accept: 'application/json', authorization: 'Bearer tok_call' });
  });
});

describe('request: what is accepted', () => {
  it('resolves a 204 with undefined when no body is expected', async () => {
    const fetchImpl = fetchAnswering(() => new Response(null, { status: 204 }));
    await expect(
      request(transport(fetchImpl), { method: 'DELETE', path: '/session' }),
    ).resolves.toBeUndefined();
  });

  it('sends If-None-Match, and hands a 304 to the reader only when it sent an etag', async () => {
    const fetchImpl = fetchAnswering((_url, init) =>
      (init.headers as Record<string, string>)['if-none-match'] === '"v1"'
        ? new Response(null, { status: 304 })
        : Response.json({ ok: true }),
    );
    const statusOf = async (response: Response) => response.status;
    expect(await openRequest(transport(fetchImpl), { path: '/a' }, statusOf)).toBe(200);
    expect(await openRequest(transport(fetchImpl), { path: '/a', etag: '"v1"' }, statusOf)).toBe(304);
    const notModified = fetchAnswering(() => new Response(null, { status: 304 }));
    expect(await failureOf(request(transport(notModified), { path: '/x' }, schema))).toMatchObject({
      code: 'invalid_response',
      status: 304,
    });
  });

  it.each([
    [
      'an HTML page',
      () => new Response('<html><body>Welcome</body></html>', { headers: { 'content-type': 'text/html' } }),
    ],
    ['an empty 200', () => new Response('', { status: 200 })],
    ['a 204 where a body is expected', () => new Response(null, { status: 204 })],
    ['JSON of the wrong shape', () => Response.json({ ok: 'yes' })],
    ['a problem+json on a 200', () => Response.json({ title: 'Oops', status: 500, code: 'internal' })],
  ])('reports %s as invalid_response with the status', async (_case, answer) => {
    const error = await failureOf(request(transport(fetchAnswering(answer)), { path: '/x' }, schema));
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBeGreaterThanOrEqual(200);
  });

  it('names the place of a schema failure', async () => {
    const nested = object({ data: array(object({ text: string(5) })) });
    const fetchImpl = fetchAnswering(() => Response.json({ data: [{ text: 'ok' }, { text: 'too long' }] }));
    const error = await failureOf(request(transport(fetchImpl), { path: '/x' }, nested));
    expect(error.message).toContain('data.1.text');
  });

  it('stops reading an endless body past 5 MB and aborts the request', async () => {
    const { stream, state } = endlessBody(new Uint8Array(64 * 1024).fill(0x20));
    let signal: AbortSignal | undefined;
    const fetchImpl = fetchAnswering((_url, init) => {
      signal = init.signal ?? undefined;
      return new Response(stream);
    });
    const error = await failureOf(request(transport(fetchImpl), { path: '/x' }, schema));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(/too large/);
    expect(state.pulls).toBeLessThan(100);
    expect(signal?.aborted).toBe(true);
  });
});

describe('request: errors from the backend', () => {
  it('reads a problem+json: code by status, the problem code and its detail', async () => {
    const fetchImpl = fetchAnswering(() =>
      Response.json(
        { title: 'Not found', status: 404, code: 'conversation_not_found', detail: 'No such conversation.' },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const error = await failureOf(request(transport(fetchImpl), { path: '/x' }, schema));
    expect(error).toMatchObject({
      code: 'not_found',
      status: 404,
      problemCode: 'conversation_not_found',
      message: 'No such conversation.',
    });
  });

  it('keeps the status of an error whose problem body is junk, and drops the junk', async () => {
    const fetchImpl = fetchAnswering(() =>
      Response.json(
        { code: 'DROP TABLE;'.repeat(20), detail: { html: '<b>' }, title: 'x'.repeat(100_000) },
        { status: 503 },
      ),
    );
    const error = await failureOf(request(transport(fetchImpl), { path: '/x' }, schema));
    expect(error.code).toBe('server');
    expect(error.status).toBe(503);
    expect(error.problemCode).toBeUndefined();
    expect(error.message.length).toBeLessThanOrEqual(500);
  });

  it('reads an endless error body only up to a limit, and still reports the status', async () => {
    const { stream, state } = endlessBody(new Uint8Array(4096).fill(0x41));
    const fetchImpl = fetchAnswering(() => new Response(stream, { status: 502 }));
    const error = await failureOf(request(transport(fetchImpl), { path: '/x' }, schema));
    expect(error).toMatchObject({ code: 'server', status: 502 });
    expect(state.pulls).toBeLessThan(10);
  });

  it('reads Retry-After on 429 and 503, in seconds or from the problem body', async () => {
    const limited = fetchAnswering(
      () =>
        new Response('{}', {
          status: 429,
          headers: { 'retry-after': '7', 'content-type': 'application/problem+json' },
        }),
    );
    expect(await failureOf(request(transport(limited), { path: '/x' }, schema))).toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7000,
    });
    const unavailable = fetchAnswering(() =>
      Response.json(
        { title: 'Down', status: 503, code: 'unavailable', retryAfterSeconds: 30 },
        { status: 503 },
      ),
    );
    expect(await failureOf(request(transport(unavailable), { path: '/x' }, schema))).toMatchObject({
      code: 'server',
      problemCode: 'unavailable',
      retryAfterMs: 30_000,
    });
  });

  it.each([
    [301, 'invalid_response'],
    [304, 'invalid_response'],
    [400, 'invalid_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [408, 'timeout'],
    [409, 'conflict'],
    [410, 'not_found'],
    [413, 'invalid_request'],
    [422, 'invalid_request'],
    [429, 'rate_limited'],
    [500, 'server'],
    [503, 'server'],
  ])(
    'maps the status %i to %s, with no problem code or wait when the body has none',
    async (status, code) => {
      const fetchImpl = fetchAnswering(() => new Response(null, { status }));
      expect(await failureOf(request(transport(fetchImpl), { path: '/x' }, schema))).toMatchObject({
        code,
        status,
        problemCode: undefined,
        retryAfterMs: undefined,
        message: `HTTP ${status}`,
      });
    },
  );

  it.each([
    ['seconds', '120', 120_000],
    ['an HTTP date, relative to now', 'Sun, 22 Nov 2026 12:00:30 GMT', 30_000],
    ['a past date, as no wait', 'Sun, 22 Nov 2026 11:00:00 GMT', undefined],
    ['nothing readable', 'soon', undefined],
    ['a negative number (Date.parse reads a year)', '-5', undefined],
    ['an empty header', '', undefined],
  ])('reads a Retry-After of %s', async (_case, header, retryAfterMs) => {
    vi.useFakeTimers({ now: Date.parse('2026-11-22T12:00:00Z') });
    const fetchImpl = fetchAnswering(
      () => new Response(null, { status: 503, headers: { 'retry-after': header } }),
    );
    const error = await failureOf(request(transport(fetchImpl), { path: '/x' }, schema));
    expect(error.retryAfterMs).toBe(retryAfterMs);
  });

  it('reports a fetch that throws as network', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failureOf(request(transport(fetchImpl), { path: '/x' }, schema))).code).toBe('network');
  });
});

describe('request: time limits and cancelling', () => {
  it('gives up on a backend that never answers with timeout, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const pending = failureOf(request(transport(hangingFetch, 5000), { path: '/x' }, schema));
    await vi.advanceTimersByTimeAsync(4999);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).code).toBe('timeout');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up with timeout on a body that stops arriving', async () => {
    vi.useFakeTimers();
    const fetchImpl = fetchAnswering((_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"ok":'));
          init.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body);
    });
    const pending = failureOf(request(transport(fetchImpl, 3000), { path: '/x' }, schema));
    await vi.advanceTimersByTimeAsync(3000);
    expect((await pending).code).toBe('timeout');
  });

  it('lets one request wait longer than the transport’s limit', async () => {
    vi.useFakeTimers();
    const pending = failureOf(
      request(transport(hangingFetch, 1000), { path: '/poll', timeoutMs: 26_000 }, schema),
    );
    await vi.advanceTimersByTimeAsync(25_999);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).code).toBe('timeout');
  });

  it('reports a request cancelled before it starts as aborted, without calling fetch', async () => {
    const fetchImpl = fetchAnswering(() => Response.json({ ok: true }));
    const error = await failureOf(
      request(transport(fetchImpl), { path: '/x', signal: AbortSignal.abort() }, schema),
    );
    expect(error.code).toBe('aborted');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports a request cancelled while waiting as aborted, and stops listening to the signal after', async () => {
    const controller = new AbortController();
    const pending = failureOf(
      request(transport(hangingFetch), { path: '/x', signal: controller.signal }, schema),
    );
    controller.abort();
    expect((await pending).code).toBe('aborted');

    const reused = new AbortController();
    const add = vi.spyOn(reused.signal, 'addEventListener');
    await request(
      transport(fetchAnswering(() => Response.json({ ok: true }))),
      { path: '/x', signal: reused.signal },
      schema,
    );
    // The listener was added with a signal of its own: once that signal aborts, the listener is removed.
    const options = add.mock.calls[0]?.[2];
    expect(typeof options === 'object' && options.signal?.aborted).toBe(true);
  });
});
