import { createParleyHandlers } from '@parley/server/msw';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../createClient';
import { ParleyError } from '../errors/ParleyError';
import { widgetConfigFixture as validConfig } from '../testing/widgetConfigFixture';

const baseUrl = 'http://parley.test';
const server = setupServer(...createParleyHandlers());

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

/** Serves one fixed answer for the config endpoint. */
function answerConfigWith(response: () => Response | Promise<Response>) {
  server.use(http.get(`${baseUrl}/v1/widget/config`, response));
}

async function configError(client = createClient({ baseUrl, widgetKey: 'wk_demo' })): Promise<ParleyError> {
  const error = await client.config().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ParleyError);
  return error as ParleyError;
}

describe('client.config() against the reference engine', () => {
  it('returns the brand, greeting, locale and capabilities of the widget', async () => {
    const config = await createClient({ baseUrl, widgetKey: 'wk_demo' }).config();
    expect(config.widgetKey).toBe('wk_demo');
    expect(config.brand.name).toBe('Lumen');
    expect(config.brand.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(config.greeting.title).toBe('Hi there 👋');
    expect(config.locale).toBe('en');
    expect(typeof config.capabilities.conversations).toBe('boolean');
  });

  it('asks for the customer’s locale and gets the greeting in it', async () => {
    const config = await createClient({ baseUrl, widgetKey: 'wk_demo', locale: 'zh-CN' }).config();
    expect(config.locale).toBe('zh-Hans');
    expect(config.greeting.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('rejects an unknown widget key with not_found and the backend’s problem code', async () => {
    const error = await configError(createClient({ baseUrl, widgetKey: 'wk_nobody' }));
    expect(error.code).toBe('not_found');
    expect(error.status).toBe(404);
    expect(error.problemCode).toBe('widget_not_found');
  });

  it('fetches once for concurrent and later callers', async () => {
    const requests = vi.fn();
    server.events.on('request:start', requests);
    const client = createClient({ baseUrl, widgetKey: 'wk_demo' });
    const [first, second] = await Promise.all([client.config(), client.config()]);
    await client.config();
    server.events.removeAllListeners();
    expect(first).toBe(second);
    expect(requests).toHaveBeenCalledTimes(1);
  });

  it('does not remember a failure: the next call tries again', async () => {
    answerConfigWith(() => HttpResponse.error());
    const client = createClient({ baseUrl, widgetKey: 'wk_demo' });
    expect((await configError(client)).code).toBe('network');
    server.resetHandlers();
    await expect(client.config()).resolves.toMatchObject({ widgetKey: 'wk_demo' });
  });
});

describe('client.config() with a failing or hostile backend', () => {
  it('reports an unreachable backend as network', async () => {
    answerConfigWith(() => HttpResponse.error());
    expect((await configError()).code).toBe('network');
  });

  it('reports an HTML page instead of JSON as invalid_response', async () => {
    answerConfigWith(() => HttpResponse.html('<!doctype html><h1>Welcome to nginx</h1>'));
    const error = await configError();
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(/not JSON/);
  });

  it.each([
    ['a missing field', { ...validConfig, greeting: undefined }, /greeting/],
    [
      'a wrong type',
      { ...validConfig, capabilities: { ...validConfig.capabilities, tickets: 'yes' } },
      /tickets/,
    ],
    [
      'a colour that could escape CSS',
      { ...validConfig, brand: { name: 'X', color: 'red;}*{display:none' } },
      /color/,
    ],
    ['a huge string', { ...validConfig, greeting: { title: 'x'.repeat(100_000), message: '' } }, /title/],
    ['an array', [validConfig], /widgetKey/],
    ['null', null, /root/],
  ])('reports %s as invalid_response naming the place', async (_case, body, where) => {
    answerConfigWith(() => HttpResponse.json(body));
    const error = await configError();
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(where);
  });

  it('keeps extra fields from newer backends out of the result', async () => {
    answerConfigWith(() => HttpResponse.json({ ...validConfig, futureFeature: { x: 1 } }));
    const config = await createClient({ baseUrl, widgetKey: 'wk_demo' }).config();
    expect(config).toEqual(validConfig);
  });

  it('maps a 5xx HTML error page to server, with the status', async () => {
    answerConfigWith(() => new HttpResponse('<h1>502 Bad Gateway</h1>', { status: 502 }));
    const error = await configError();
    expect(error).toMatchObject({ code: 'server', status: 502 });
  });

  it('reads Retry-After on 429 as milliseconds', async () => {
    answerConfigWith(
      () =>
        new HttpResponse(JSON.stringify({ title: 'Slow down', status: 429, code: 'rate_limited' }), {
          status: 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '7' },
        }),
    );
    const error = await configError();
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 7000, message: 'Slow down' });
  });

  it('gives up on a backend that never answers with timeout', async () => {
    vi.useFakeTimers();
    const neverAnswers: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const client = createClient({ baseUrl, widgetKey: 'wk_demo', fetch: neverAnswers, timeoutMs: 5000 });
    const pending = configError(client);
    await vi.advanceTimersByTimeAsync(5000);
    expect((await pending).code).toBe('timeout');
  });

  it('reports a request the caller cancelled as aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await createClient({ baseUrl, widgetKey: 'wk_demo' })
      .config({ signal: controller.signal })
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'aborted' });
  });
});
