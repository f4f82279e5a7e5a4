import { operations, problemCodes } from '@parley/contract';
import { createParleyHandlers } from '@parley/server/msw';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../createClient';
import { ParleyError, type ParleyErrorCode } from '../errors/ParleyError';
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

describe('client.config() accepts every answer the contract allows, whole', () => {
  const examples = operations
    .filter((operation) => operation.operationId === 'getWidgetConfig')
    .map((operation) => operation.responses[200]?.example);

  it('has contract examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example, index) => [index, example]))(
    'returns contract example %i unchanged',
    async (_index, example) => {
      answerConfigWith(() => Response.json(example));
      const config = await createClient({ baseUrl, widgetKey: 'wk_demo' }).config();
      // toEqual, not toMatchObject: a field the contract has but core's schema drops fails here.
      expect(config).toEqual(example);
    },
  );

  it.each(['en', 'zh-Hans', 'zh-Hant'])(
    'returns the reference engine’s %s answer unchanged',
    async (locale) => {
      const bodies: unknown[] = [];
      const recordingFetch: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        bodies.push(await response.clone().json());
        return response;
      };
      const config = await createClient({
        baseUrl,
        widgetKey: 'wk_demo',
        locale,
        fetch: recordingFetch,
      }).config();
      expect(bodies).toHaveLength(1);
      expect(config).toEqual(bodies[0]);
      expect(config.locale).toBe(locale);
      expect(config.availableLocales).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    },
  );

  it('accepts the parts that may be null or absent', async () => {
    const { options: _options, ...fieldWithoutOptions } = validConfig.forms.offline[0] ?? {};
    const minimal = {
      ...validConfig,
      availability: null,
      bot: null,
      forms: { preChat: [], offline: [fieldWithoutOptions] },
      triggers: [],
      availableLocales: [],
    };
    answerConfigWith(() => HttpResponse.json(minimal));
    await expect(createClient({ baseUrl, widgetKey: 'wk_demo' }).config()).resolves.toEqual(minimal);
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

  const availability = validConfig.availability ?? expect.unreachable('the fixture has availability');
  const offlineField = validConfig.forms.offline[0] ?? expect.unreachable('the fixture has an offline field');
  const trigger = validConfig.triggers[0] ?? expect.unreachable('the fixture has a trigger');
  const { realtime: _realtime, ...capabilitiesWithoutRealtime } = validConfig.capabilities;

  it.each<[string, unknown, RegExp]>([
    ['a missing field', { ...validConfig, greeting: undefined }, /greeting/],
    ['availability left out instead of null', { ...validConfig, availability: undefined }, /availability/],
    [
      'availability without isOpen',
      { ...validConfig, availability: { ...availability, isOpen: undefined } },
      /availability\.isOpen/,
    ],
    [
      'availability without its weekly hours',
      { ...validConfig, availability: { ...availability, weekly: undefined } },
      /availability\.weekly/,
    ],
    [
      'a weekday that does not exist',
      {
        ...validConfig,
        availability: { ...availability, weekly: [{ day: 8, opens: '09:00', closes: '17:00' }] },
      },
      /weekly\.0\.day/,
    ],
    [
      'an opening time that is not HH:MM',
      {
        ...validConfig,
        availability: { ...availability, weekly: [{ day: 1, opens: '9am', closes: '17:00' }] },
      },
      /weekly\.0\.opens/,
    ],
    [
      'a next opening that is not a timestamp',
      { ...validConfig, availability: { ...availability, nextOpensAt: 'tomorrow' } },
      /nextOpensAt/,
    ],
    [
      'a fractional reply time',
      { ...validConfig, availability: { ...availability, expectedReplyMinutes: 1.5 } },
      /expectedReplyMinutes/,
    ],
    [
      'an unknown form field type',
      { ...validConfig, forms: { ...validConfig.forms, offline: [{ ...offlineField, type: 'file' }] } },
      /forms\.offline\.0\.type/,
    ],
    [
      'form options that are not a list',
      {
        ...validConfig,
        forms: { ...validConfig.forms, offline: [{ ...offlineField, options: 'free,plus' }] },
      },
      /options/,
    ],
    [
      'a limit sent as a string',
      { ...validConfig, limits: { ...validConfig.limits, messageMaxLength: '10000' } },
      /limits\.messageMaxLength/,
    ],
    [
      'an unknown identity verification',
      { ...validConfig, identity: { verification: 'maybe' } },
      /verification/,
    ],
    [
      'a javascript: bot avatar',
      { ...validConfig, bot: { name: 'Bot', avatarUrl: 'javascript:alert(1)' } },
      /bot\.avatarUrl/,
    ],
    ['triggers that are not a list', { ...validConfig, triggers: { 0: trigger } }, /triggers/],
    [
      'a trigger without its articles',
      { ...validConfig, triggers: [{ ...trigger, articles: undefined }] },
      /triggers\.0\.articles/,
    ],
    ['a missing capability', { ...validConfig, capabilities: capabilitiesWithoutRealtime }, /realtime/],
    ['available locales as one string', { ...validConfig, availableLocales: 'en' }, /availableLocales/],
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
    answerConfigWith(() => Response.json(body));
    const error = await configError();
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(where);
  });

  it('keeps extra fields from newer backends out of the result', async () => {
    answerConfigWith(() =>
      HttpResponse.json({
        ...validConfig,
        futureFeature: { x: 1 },
        brand: { ...validConfig.brand, logoUrl: 'https://example.com/logo.png' },
        capabilities: { ...validConfig.capabilities, video: true },
      }),
    );
    const config = await createClient({ baseUrl, widgetKey: 'wk_demo' }).config();
    expect(config).toEqual(validConfig);
  });

  // Every status the contract pairs with a problem code, and what the SDK makes of it.
  const codeByStatus: Record<number, ParleyErrorCode> = {
    400: 'invalid_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'invalid_request',
    409: 'conflict',
    410: 'not_found',
    413: 'invalid_request',
    415: 'invalid_request',
    422: 'invalid_request',
    429: 'rate_limited',
    500: 'server',
    503: 'server',
  };

  it.each(Object.entries(problemCodes).map(([code, { status }]) => [code, status] as const))(
    'surfaces the contract’s %s (%i) as problemCode',
    async (problemCode, status) => {
      answerConfigWith(
        () =>
          new HttpResponse(JSON.stringify({ title: 'Problem', status, code: problemCode }), {
            status,
            headers: { 'content-type': 'application/problem+json' },
          }),
      );
      const error = await configError();
      expect(error).toMatchObject({ code: codeByStatus[status], status, problemCode });
    },
  );

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
