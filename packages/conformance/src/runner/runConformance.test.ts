import { operations, type WidgetConfig } from '@parley/contract';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../report/formatReport';
import { runConformance } from './runConformance';
import type { Scenario } from './Scenario';

const exampleConfig = operations.find((operation) => operation.operationId === 'getWidgetConfig')
  ?.responses[200]?.example as WidgetConfig;

/** A fake backend: the widget config (with the given capabilities), and whatever `routes` answers. */
function fakeFetch(
  routes: (request: Request) => Response | undefined,
  capabilities: Partial<WidgetConfig['capabilities']> = {},
): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname === '/v1/widget/config') {
      const config = { ...exampleConfig, capabilities: { ...exampleConfig.capabilities, ...capabilities } };
      return Response.json(config);
    }
    return (
      routes(request) ??
      new Response(JSON.stringify({ title: 'Not found', status: 404, code: 'not_found' }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      })
    );
  }) as typeof fetch;
}

const base = { baseUrl: 'http://backend.test', widgetKey: 'wk_demo' };

function scenario(id: string, run: Scenario['run'], extra: Partial<Scenario> = {}): Scenario {
  return { id: `meta.${id}`, area: 'meta', title: id, covers: [], run, ...extra };
}

describe('runConformance', () => {
  it('skips scenarios whose capability is off or whose option is missing, saying why', async () => {
    const report = await runConformance({
      ...base,
      fetch: fakeFetch(() => undefined, { tickets: false }),
      scenarios: [
        scenario('tickets', async () => {}, { requires: 'tickets' }),
        scenario('agent', async () => {}, { requires: 'agent' }),
        scenario('secret', async () => {}, { requires: ['knowledgeBase', 'identitySecret'] }),
        scenario('cors', async () => {}, { requires: 'origins' }),
        scenario('runs', async () => {}, { requires: 'knowledgeBase' }),
      ],
    });
    expect(report.results.map((result) => [result.status, result.reason])).toEqual([
      ['skipped', 'capability tickets is off'],
      ['skipped', 'needs --agent-token'],
      ['skipped', 'needs --identity-secret'],
      ['skipped', 'needs --allowed-origin and --disallowed-origin'],
      ['passed', undefined],
    ]);
    expect({ passed: report.passed, failed: report.failed, skipped: report.skipped }).toEqual({
      passed: 1,
      failed: 0,
      skipped: 4,
    });
  });

  it('reports the failed request with expected and actual', async () => {
    const report = await runConformance({
      ...base,
      fetch: fakeFetch(() => Response.json({ id: 'x' }, { status: 200 })),
      scenarios: [
        scenario('problem', async (ctx) => {
          const result = await ctx.request('POST', '/v1/tickets/lookup', { body: { reference: 'PRL-1' } });
          ctx.expectProblem(result, 404, 'ticket_not_found');
        }),
      ],
    });
    const [result] = report.results;
    expect(result?.status).toBe('failed');
    expect(result?.failure).toEqual({
      request: { method: 'POST', path: '/v1/tickets/lookup' },
      expected: 'status 404, code ticket_not_found',
      actual: 'status 200, application/json: {"id":"x"}',
    });
    expect(formatReport(report)).toContain('request:  POST /v1/tickets/lookup');
    expect(formatReport(report)).toContain('0 passed, 1 failed, 0 skipped');
  });

  it('lists the first schema errors with their JSON pointers', async () => {
    const report = await runConformance({
      ...base,
      fetch: fakeFetch(() => Response.json({ token: 42 }, { status: 201 })),
      scenarios: [scenario('session', async (ctx) => void (await ctx.session()))],
    });
    const failure = report.results[0]?.failure;
    expect(report.results[0]?.reason).toBe('The 201 body does not match Session.');
    expect(failure?.schemaErrors).toContain('/token: must be string');
  });

  it('fails a 500 anywhere, and a scenario that times out or crashes', async () => {
    const report = await runConformance({
      ...base,
      fetch: fakeFetch(() => new Response('boom', { status: 500 })),
      scenarios: [
        scenario('server', async (ctx) => void (await ctx.request('GET', '/v1/health'))),
        scenario('slow', (ctx) => ctx.sleep(60_000), { timeoutMs: 50 }),
        scenario('crash', async () => {
          throw new TypeError('oops');
        }),
      ],
    });
    expect(report.results.map((result) => result.reason)).toEqual([
      'The server failed with 500; the contract never calls for a 5xx here.',
      'Timed out after 50 ms.',
      'The scenario crashed: TypeError: oops',
    ]);
  });

  it('ends a scenario whose request never answers, naming the request', async () => {
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const report = await runConformance({
      ...base,
      timeoutMs: 100,
      fetch: hanging,
      scenarios: [scenario('hang', async (ctx) => void (await ctx.request('GET', '/v1/health')))],
    });
    expect(report.results[0]?.reason).toBe('Timed out after 100 ms.');
    expect(report.results[0]?.failure).toEqual({
      request: { method: 'GET', path: '/v1/health' },
      actual: 'no answer in time',
    });
  });

  it('runs only the areas and ids asked for, and refuses unknown ones', async () => {
    const scenarios = [
      scenario('a', async () => {}),
      { ...scenario('b', async () => {}), area: 'config' as const, id: 'config.b' },
    ];
    const report = await runConformance({
      ...base,
      fetch: fakeFetch(() => undefined),
      scenarios,
      only: ['config'],
    });
    expect(report.results.map((result) => result.id)).toEqual(['config.b']);
    await expect(runConformance({ ...base, scenarios, only: ['nope'] })).rejects.toThrow(/"nope" is neither/);
  });

  it('with a backend and only client scenarios, reads no contract config over HTTP', async () => {
    const requested: string[] = [];
    const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(new Request(input, init).url);
      return fakeFetch(() => undefined)(input, init);
    }) as typeof fetch;
    const backend = { getConfig: async () => exampleConfig } as unknown as NonNullable<
      Parameters<typeof runConformance>[0]['backend']
    >;
    const clientScenario = { ...scenario('c', async () => {}), area: 'client' as const, id: 'client.c' };
    const configScenario = { ...scenario('d', async () => {}), area: 'config' as const, id: 'config.d' };
    const onlyClient = await runConformance({
      ...base,
      fetch: recording,
      backend,
      scenarios: [clientScenario],
    });
    expect(onlyClient.passed).toBe(1);
    expect(requested).toEqual([]);
    // A scenario of another area needs it.
    await runConformance({ ...base, fetch: recording, backend, scenarios: [clientScenario, configScenario] });
    expect(requested).toEqual(['http://backend.test/v1/widget/config?widgetKey=wk_demo']);
  });

  it('closes the event streams a scenario opened', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('id: 1\nevent: typing\ndata: {}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const report = await runConformance({
      ...base,
      fetch: fakeFetch(() => new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } })),
      scenarios: [
        scenario('stream', async (ctx) => {
          const events = await ctx.events({ token: 't' });
          const frame = await events.next();
          ctx.check(frame?.event === 'typing', 'no typing event');
        }),
      ],
    });
    expect(report.results[0]?.status).toBe('passed');
    expect(cancelled).toBe(true);
  });
});
