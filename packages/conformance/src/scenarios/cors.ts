import type { Scenario } from '../runner/Scenario';

function allowsOrigin(headers: Headers, origin: string): boolean {
  const allowed = headers.get('Access-Control-Allow-Origin');
  return allowed === origin || allowed === '*';
}

/** Cross-origin access by the widget's allowed origins only. @internal */
export const corsScenarios: readonly Scenario[] = [
  {
    id: 'cors.allowedOrigin',
    area: 'cors',
    title: 'An allowed origin may read answers about the widget, and its preflight passes',
    requires: 'origins',
    covers: ['GET /v1/widget/config', 'POST /v1/session'],
    async run(ctx) {
      const origin = ctx.target.allowedOrigin ?? '';
      const config = await ctx.request('GET', '/v1/widget/config', {
        query: { widgetKey: ctx.target.widgetKey },
        headers: { Origin: origin },
      });
      ctx.expectStatus(config, 200);
      ctx.check(
        allowsOrigin(config.headers, origin),
        'The allowed origin gets no Access-Control-Allow-Origin.',
        {
          request: config.request,
          expected: `Access-Control-Allow-Origin: ${origin}`,
          actual: config.headers.get('Access-Control-Allow-Origin') ?? '(missing)',
        },
      );
      const preflight = await ctx.request('OPTIONS', '/v1/session', {
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      ctx.check(
        preflight.status >= 200 && preflight.status < 300,
        'The preflight of an allowed origin failed.',
        {
          request: preflight.request,
          expected: 'a 2xx',
          actual: `status ${preflight.status}`,
        },
      );
      ctx.check(allowsOrigin(preflight.headers, origin), 'The preflight does not allow the allowed origin.', {
        request: preflight.request,
        actual: preflight.headers.get('Access-Control-Allow-Origin') ?? '(missing)',
      });
      const headers = (preflight.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
      ctx.check(
        headers === '*' || (headers.includes('content-type') && headers.includes('idempotency-key')),
        'The preflight does not allow Content-Type and Idempotency-Key.',
        { request: preflight.request, actual: headers || '(missing)' },
      );
    },
  },
  {
    id: 'cors.disallowedOrigin',
    area: 'cors',
    title: 'An origin the widget does not allow gets no Access-Control-Allow-Origin on the widget’s answers',
    requires: 'origins',
    covers: ['GET /v1/widget/config', 'POST /v1/session', 'GET /v1/conversations'],
    async run(ctx) {
      const origin = ctx.target.disallowedOrigin ?? '';
      const config = await ctx.request('GET', '/v1/widget/config', {
        query: { widgetKey: ctx.target.widgetKey },
        headers: { Origin: origin },
      });
      ctx.check(!allowsOrigin(config.headers, origin), 'A disallowed origin may read the widget config.', {
        request: config.request,
        expected: 'no Access-Control-Allow-Origin',
        actual: `Access-Control-Allow-Origin: ${config.headers.get('Access-Control-Allow-Origin')}`,
      });
      // A preflight cannot name the widget (its key is in the body, or the session behind a token), so only
      // the answers themselves must be withheld.
      const created = await ctx.request('POST', '/v1/session', {
        body: { widgetKey: ctx.target.widgetKey },
        headers: { Origin: origin },
      });
      ctx.check(!allowsOrigin(created.headers, origin), 'A disallowed origin may read a new session.', {
        request: created.request,
        expected: 'no Access-Control-Allow-Origin',
        actual: `Access-Control-Allow-Origin: ${created.headers.get('Access-Control-Allow-Origin')}`,
      });
      if (ctx.config?.capabilities.conversations === false) return;
      const session = await ctx.session();
      const list = await ctx.request('GET', '/v1/conversations', {
        token: session.token,
        headers: { Origin: origin },
      });
      ctx.check(!allowsOrigin(list.headers, origin), "A disallowed origin may read a session's answers.", {
        request: list.request,
        expected: 'no Access-Control-Allow-Origin',
        actual: `Access-Control-Allow-Origin: ${list.headers.get('Access-Control-Allow-Origin')}`,
      });
    },
  },
];
