// The suite must catch a backend that breaks the contract, and say clearly what is wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { formatReport } from './report/formatReport';
import { runConformance } from './runner/runConformance';
import type { ConformanceReport } from './runner/ScenarioResult';
import { problemJson } from './testing/problemJson';
import { AGENT_TOKEN, createInProcessReference, type InProcessReference } from './testing/referenceServer';
import { resultOf } from './testing/resultOf';

let reference: InProcessReference | undefined;
afterEach(async () => {
  await reference?.close();
  reference = undefined;
});

/** Runs some areas against the reference engine behind a proxy that rewrites its answers. */
async function runBehind(
  only: readonly string[],
  proxy: (request: Request, forward: (request: Request) => Promise<Response>) => Promise<Response>,
): Promise<ConformanceReport> {
  const engine = createInProcessReference();
  reference = engine;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
    proxy(new Request(input, init), engine.handle)) as typeof globalThis.fetch;
  return runConformance({
    baseUrl: engine.baseUrl,
    widgetKey: 'wk_demo',
    agentToken: AGENT_TOKEN,
    fetch,
    only,
  });
}

describe('against a backend that breaks the contract', () => {
  it('catches a ticket lookup whose 404 tells a wrong email from a wrong reference', async () => {
    // Like a backend that checks the reference first: a known reference with a wrong email says so.
    const references = new Set<string>();
    const report = await runBehind(['tickets'], async (request, forward) => {
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
    const failed = resultOf(report, 'tickets.lookupIdenticalNotFound');
    expect(failed.status).toBe('failed');
    expect(failed.reason).toBe(
      'The 404 for a wrong email differs from the 404 for a wrong reference: it tells which part was wrong.',
    );
    expect(failed.failure?.request).toEqual({ method: 'POST', path: '/v1/tickets/lookup' });
    expect(failed.failure?.actual).toContain('The email does not match this ticket.');
    // Everything else about tickets still passes.
    const others = report.results.filter((item) => item.id !== failed.id);
    expect(
      others.filter((item) => item.status === 'failed'),
      formatReport(report),
    ).toEqual([]);
  }, 60_000);

  it('catches an Idempotency-Key that is ignored (a retry creates a second resource)', async () => {
    const report = await runBehind(['idempotency'], async (request, forward) => {
      const headers = new Headers(request.headers);
      headers.delete('Idempotency-Key');
      return forward(new Request(request, { headers }));
    });
    const replay = resultOf(report, 'idempotency.replay');
    expect(replay.status).toBe('failed');
    expect(replay.reason).toBe('The retry is neither marked Idempotent-Replayed: true nor the same body.');
    expect(replay.failure?.request).toEqual({ method: 'POST', path: '/v1/conversations' });
    expect(resultOf(report, 'idempotency.reused').reason).toBe(
      'Expected a 422 problem with code idempotency_key_reused.',
    );
    expect(resultOf(report, 'idempotency.reused').failure?.actual).toMatch(/^status 201/);
    expect(resultOf(report, 'idempotency.concurrent').status).toBe('failed');
    expect(resultOf(report, 'idempotency.tickets').reason).toBe('The retry made another ticket.');
  }, 60_000);

  it('catches attachment links that need the bearer token, which a browser cannot send', async () => {
    // Like a backend that still serves files to session tokens only: the query is ignored.
    const only = ['attachments.upload', 'attachments.otherSession', 'attachments.signedLink'];
    const report = await runBehind(only, async (request, forward) => {
      const url = new URL(request.url);
      if (!/^\/v1\/attachments\/[^/]+\/content$/.test(url.pathname) || request.headers.has('Authorization')) {
        return forward(request);
      }
      return forward(new Request(`${url.origin}${url.pathname}`, { headers: request.headers }));
    });
    const signed = resultOf(report, 'attachments.signedLink');
    expect(signed.status).toBe('failed');
    expect(signed.failure?.request?.path).toMatch(/^\/v1\/attachments\/att_[\w-]+\/content\?expires=/);
    expect(signed.failure?.actual).toMatch(/^status 401/);
    expect(resultOf(report, 'attachments.upload').status).toBe('passed');
    expect(resultOf(report, 'attachments.otherSession').status).toBe('passed');
  }, 60_000);

  it('catches signed links whose signature is not checked', async () => {
    // Like a backend that only looks at the id: any query opens the file.
    const links = new Map<string, string>();
    const only = ['attachments.signedLink', 'attachments.signedLinkRefused'];
    const report = await runBehind(only, async (request, forward) => {
      const url = new URL(request.url);
      const id = /^\/v1\/attachments\/([^/]+)\/content$/.exec(url.pathname)?.[1];
      const response = await forward(
        id !== undefined && url.search !== '' && !request.headers.has('Authorization')
          ? new Request(`${url.origin}${links.get(id) ?? url.pathname}`)
          : request,
      );
      if (url.pathname === '/v1/attachments' && response.status === 201) {
        const attachment = (await response.clone().json()) as { id: string; url: string };
        links.set(attachment.id, attachment.url);
      }
      return response;
    });
    const refused = resultOf(report, 'attachments.signedLinkRefused');
    expect(refused.status).toBe('failed');
    expect(refused.reason).toBe(
      'A link with a changed signature is not refused with 403 (it must not download without a valid signature).',
    );
    expect(resultOf(report, 'attachments.signedLink').status).toBe('passed');
  }, 60_000);

  it('catches malformed JSON answered with a 500 and a stack trace', async () => {
    const report = await runBehind(['errors', 'config'], async (request, forward) => {
      const response = await forward(request);
      if (response.status !== 400 || !(await response.clone().text()).includes('invalid_json'))
        return response;
      return new Response(
        'SyntaxError: Unexpected end of JSON input\n    at JSON.parse (<anonymous>)\n    at readBody (file:///srv/app.js:10:5)',
        { status: 500, headers: { 'Content-Type': 'text/plain' } },
      );
    });
    const invalidJson = resultOf(report, 'errors.invalidJson');
    expect(invalidJson.status).toBe('failed');
    expect(invalidJson.reason).toBe(
      'The body contains a stack trace; errors must not reveal server internals.',
    );
    expect(invalidJson.failure?.request).toEqual({ method: 'POST', path: '/v1/session' });
    expect(invalidJson.failure?.actual).toContain('status 500, text/plain: SyntaxError');
    expect(resultOf(report, 'errors.oddInput').status).toBe('failed');
    expect(resultOf(report, 'config.schema').status).toBe('passed');
    expect(resultOf(report, 'errors.validation').status).toBe('passed');
    const text = formatReport(report);
    expect(text).toContain('✗ errors        Malformed JSON is 400 invalid_json');
    expect(text).toContain(
      '✓ config        The config carries an ETag and answers 304 to a matching If-None-Match',
    );
  }, 60_000);
});
