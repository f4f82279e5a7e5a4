// The client scenarios: the contract through @parley/core calls, against the reference engine in-process.
// (referenceServer.test.ts runs them over HTTP with the rest of the suite.)
import { type Backend, createHttpBackend } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { clientCalls } from './client/ClientCall';
import { formatReport } from './report/formatReport';
import type { ConformanceOptions } from './runner/ConformanceOptions';
import { runConformance } from './runner/runConformance';
import type { ConformanceReport } from './runner/ScenarioResult';
import { clientScenarioDefinitions, clientScenarios } from './scenarios/client/clientScenarios';
import { problemJson } from './testing/problemJson';
import {
  AGENT_TOKEN,
  createInProcessReference,
  DEMO_IDENTITY_SECRET,
  type InProcessReference,
} from './testing/referenceServer';
import { resultOf } from './testing/resultOf';

let reference: InProcessReference | undefined;
afterEach(async () => {
  await reference?.close();
  reference = undefined;
});

type Forward = (request: Request) => Promise<Response>;

/** The reference engine in-process as a fetch, each request going through `proxy` first. */
function startEngine(proxy: (request: Request, forward: Forward) => Promise<Response> = (r, f) => f(r)) {
  const engine = createInProcessReference();
  reference = engine;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
    proxy(new Request(input, init), engine.handle)) as typeof globalThis.fetch;
  return { engine, fetch };
}

/** The client area (or `only`) against the demo widget with every option given. */
function runClientArea(options: Omit<ConformanceOptions, 'widgetKey'>): Promise<ConformanceReport> {
  return runConformance({
    widgetKey: 'wk_demo',
    agentToken: AGENT_TOKEN,
    identitySecret: DEMO_IDENTITY_SECRET,
    only: ['client'],
    ...options,
  });
}

describe('the client scenarios', () => {
  it('exercise every call and store of the client, under client.* ids', () => {
    const used = new Set(clientScenarioDefinitions.flatMap((scenario) => scenario.uses));
    expect(clientCalls.filter((call) => !used.has(call))).toEqual([]);
    for (const scenario of clientScenarios) {
      expect(scenario.area).toBe('client');
      expect(scenario.id.startsWith('client.')).toBe(true);
      expect(scenario.covers).toEqual([]);
    }
  });

  it('pass through the `backend` option, sending no HTTP of their own besides the team side', async () => {
    const { engine, fetch } = startEngine();
    const refused: string[] = [];
    // The run's own fetch: only the run's config read and the agent API may use it.
    const runFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      if (path === '/v1/widget/config' || path.startsWith('/v1/agent/')) return fetch(request);
      refused.push(`${request.method} ${path}`);
      return new Response(null, { status: 418 });
    }) as typeof globalThis.fetch;
    let backends = 0;
    const report = await runClientArea({
      baseUrl: engine.baseUrl,
      fetch: runFetch,
      backend: () => {
        backends += 1;
        return createHttpBackend({ baseUrl: engine.baseUrl, fetch });
      },
    });
    expect(report.failed, `${formatReport(report)}\n${engine.errors.join('\n')}`).toBe(0);
    expect({ passed: report.passed, skipped: report.skipped }).toEqual({
      passed: clientScenarios.length,
      skipped: 0,
    });
    expect(refused).toEqual([]);
    // One for the run's config read, then one per client (every scenario makes at least one).
    expect(backends).toBeGreaterThan(clientScenarios.length);
  }, 120_000);

  it('skip what the backend does not offer, reading its capabilities through it', async () => {
    const { engine, fetch } = startEngine();
    const backend = (): Backend => {
      const http = createHttpBackend({ baseUrl: engine.baseUrl, fetch });
      return {
        ...http,
        async getConfig(request, call) {
          const config = await http.getConfig(request, call);
          return {
            ...config,
            capabilities: { ...config.capabilities, tickets: false, knowledgeBase: false },
          };
        },
      };
    };
    const report = await runClientArea({
      baseUrl: engine.baseUrl,
      fetch,
      backend,
      only: ['client', 'tickets.create'],
    });
    expect(report.failed, formatReport(report)).toBe(0);
    const skipped = report.results.filter((item) => item.status === 'skipped');
    expect(skipped.map((item) => [item.id, item.reason])).toEqual([
      ['client.ticketLookup', 'capability tickets is off'],
      ['client.ticketReply', 'capability tickets is off'],
      ['client.ticketList', 'capability tickets is off'],
      ['client.articleSearch', 'capability knowledgeBase is off'],
      ['client.articleRead', 'capability knowledgeBase is off'],
    ]);
    // The HTTP scenarios still read the capabilities over HTTP, where tickets are on.
    expect(resultOf(report, 'tickets.create').status).toBe('passed');
  }, 120_000);

  it('play the team through the `team` option, without the agent token, in the client area only', async () => {
    const { engine, fetch } = startEngine();
    const replied: string[] = [];
    const report = await runConformance({
      baseUrl: engine.baseUrl,
      widgetKey: 'wk_demo',
      fetch,
      backend: () => createHttpBackend({ baseUrl: engine.baseUrl, fetch }),
      only: ['client.teamReplyRealtime', 'client.markRead', 'agent.reply'],
      // The team as a helpdesk's own agent would answer: here the reference's agent API, called directly.
      team: {
        async reply(conversationId, text) {
          replied.push(conversationId);
          const path = `/v1/agent/conversations/${encodeURIComponent(conversationId)}/messages`;
          const response = await fetch(`${engine.baseUrl}${path}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${AGENT_TOKEN}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ text, author: { name: 'Helpdesk Agent' } }),
          });
          if (response.status !== 201) throw new Error(`The agent API answered ${response.status}.`);
        },
      },
    });
    expect(
      report.results.map((item) => [item.id, item.status, item.reason]),
      formatReport(report),
    ).toEqual([
      ['client.teamReplyRealtime', 'passed', undefined],
      ['client.markRead', 'passed', undefined],
      // The HTTP scenarios of the team still need the agent token.
      ['agent.reply', 'skipped', 'needs --agent-token'],
    ]);
    expect(replied).toHaveLength(2);
  }, 60_000);

  it('skip the scenarios `skip` names, with its reason, and refuse an id that names no scenario', async () => {
    const { engine, fetch } = startEngine();
    const reason = 'this helpdesk keeps no clientMessageId';
    const report = await runConformance({
      baseUrl: engine.baseUrl,
      widgetKey: 'wk_demo',
      fetch,
      only: ['client.config', 'client.send', 'client.ticketList'],
      skip: { 'client.send': reason, 'client.ticketList': 'not this one' },
    });
    expect(report.results.map((item) => [item.id, item.status, item.reason])).toEqual([
      ['client.config', 'passed', undefined],
      ['client.send', 'skipped', reason],
      // A missing requirement is the reason given first.
      ['client.ticketList', 'skipped', 'needs --identity-secret'],
    ]);
    expect(report.skipped).toBe(2);
    await expect(
      runClientArea({ baseUrl: engine.baseUrl, fetch, skip: { 'client.sent': reason } }),
    ).rejects.toThrow('skip: "client.sent" is not the id of a scenario.');
    await expect(
      runClientArea({ baseUrl: engine.baseUrl, fetch, skip: { 'client.send': ' ' } }),
    ).rejects.toThrow('skip: say why "client.send" is skipped.');
  }, 60_000);

  it('catch a ticket lookup whose not_found tells a wrong email from a wrong reference', async () => {
    const references = new Set<string>();
    const { engine, fetch } = startEngine(async (request, forward) => {
      const path = new URL(request.url).pathname;
      const body = path === '/v1/tickets/lookup' ? await request.clone().text() : '';
      const response = await forward(request);
      if (path === '/v1/tickets' && response.status === 201) {
        references.add(
          ((await response.clone().json()) as { ticket: { reference: string } }).ticket.reference,
        );
      }
      const lookup = body === '' ? undefined : (JSON.parse(body) as { reference?: string; email?: string });
      if (response.status !== 404 || lookup?.email === undefined || !references.has(lookup.reference ?? '')) {
        return response;
      }
      const problem = await response.json();
      return problemJson({ ...problem, detail: 'The email does not match this ticket.' }, 404);
    });
    const report = await runClientArea({ baseUrl: engine.baseUrl, fetch, only: ['client.ticketLookup'] });
    const failed = resultOf(report, 'client.ticketLookup');
    expect(failed.status).toBe('failed');
    expect(failed.reason).toBe(
      'A wrong email and a wrong reference fail differently: that tells which part was wrong.',
    );
    expect(failed.failure?.actual).toContain('The email does not match this ticket.');
  }, 60_000);

  it('catch a backend that answers markRead without recording it', async () => {
    const { engine, fetch } = startEngine(async (request, forward) =>
      request.method === 'POST' && /\/read$/.test(new URL(request.url).pathname)
        ? new Response(null, { status: 204 })
        : forward(request),
    );
    const report = await runClientArea({ baseUrl: engine.baseUrl, fetch, only: ['client.markRead'] });
    const failed = resultOf(report, 'client.markRead');
    expect(failed.status).toBe('failed');
    expect(failed.reason).toBe('The backend did not record the read: a fresh load counts unread messages.');
  }, 60_000);

  it('catch articles served without ETag, so a second read is never answered from the cache', async () => {
    const { engine, fetch } = startEngine(async (request, forward) => {
      const response = await forward(request);
      if (!new URL(request.url).pathname.startsWith('/v1/kb/articles/')) return response;
      const headers = new Headers(response.headers);
      headers.delete('ETag');
      return new Response(response.body, { status: response.status, headers });
    });
    const report = await runClientArea({ baseUrl: engine.baseUrl, fetch, only: ['client.articleRead'] });
    const failed = resultOf(report, 'client.articleRead');
    expect(failed.status).toBe('failed');
    expect(failed.reason).toBe(
      'The second read was not answered from the cache: the backend did not say the article was unchanged (ETag).',
    );
  }, 60_000);

  it('catch a backend that keeps two copies of a message sent again under the same id', async () => {
    // Like a backend that neither honours Idempotency-Key nor deduplicates clientMessageId.
    const { engine, fetch } = startEngine(async (request, forward) => {
      if (request.method !== 'POST' || !/\/messages$/.test(new URL(request.url).pathname))
        return forward(request);
      const body = (await request.clone().json()) as { clientMessageId: string; text: string };
      const headers = new Headers(request.headers);
      headers.delete('Idempotency-Key');
      const fresh = {
        ...body,
        clientMessageId: `${body.clientMessageId}-${crypto.randomUUID().slice(0, 8)}`,
      };
      const response = await forward(new Request(request, { headers, body: JSON.stringify(fresh) }));
      if (!response.ok) return response;
      // The answer names the client's own id again, so the client cannot tell.
      const message = (await response.json()) as Record<string, unknown>;
      return Response.json(
        { ...message, clientMessageId: body.clientMessageId },
        { status: response.status },
      );
    });
    const report = await runClientArea({ baseUrl: engine.baseUrl, fetch, only: ['client.retryExactlyOnce'] });
    const failed = resultOf(report, 'client.retryExactlyOnce');
    expect(failed.status, formatReport(report)).toBe('failed');
    expect(failed.reason).toBe('The backend holds 2 copies of the message.');
  }, 60_000);
});
