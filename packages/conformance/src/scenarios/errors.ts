import { ConversationPage } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';

/** The error rules that hold everywhere. @internal */
export const errorScenarios: readonly Scenario[] = [
  {
    id: 'errors.invalidJson',
    area: 'errors',
    title: 'Malformed JSON is 400 invalid_json',
    covers: ['POST /v1/session'],
    async run(ctx) {
      const result = await ctx.request('POST', '/v1/session', {
        rawBody: `{"widgetKey": "${ctx.target.widgetKey}",`,
        headers: { 'Content-Type': 'application/json' },
      });
      ctx.expectProblem(result, 400, 'invalid_json');
    },
  },
  {
    id: 'errors.validation',
    area: 'errors',
    title: 'A body of the wrong shape is 422 validation_failed with an errors entry pointing at the field',
    covers: ['POST /v1/session'],
    async run(ctx) {
      const result = await ctx.request('POST', '/v1/session', { body: { widgetKey: 42 } });
      const problem = ctx.expectProblem(result, 422, 'validation_failed');
      const errors = problem.errors ?? [];
      ctx.check(errors.length > 0, 'A validation_failed problem must list errors.', { actual: 'no errors' });
      ctx.check(
        errors.some((error) => error.pointer.startsWith('/widgetKey')),
        'No error points at /widgetKey.',
        {
          expected: 'an error with pointer /widgetKey',
          actual: errors.map((error) => error.pointer).join(', '),
        },
      );
    },
  },
  {
    id: 'errors.unknownField',
    area: 'errors',
    title: 'An unknown field in a request body is 422 validation_failed',
    covers: ['POST /v1/session'],
    async run(ctx) {
      const result = await ctx.request('POST', '/v1/session', {
        body: { widgetKey: ctx.target.widgetKey, widgetkey: ctx.target.widgetKey },
      });
      ctx.expectProblem(result, 422, 'validation_failed');
    },
  },
  {
    id: 'errors.unknownFieldWithSession',
    area: 'errors',
    title: 'An unknown field in an authenticated body is 422 validation_failed, and creates nothing',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'GET /v1/conversations'],
    async run(ctx) {
      const session = await ctx.session();
      const result = await ctx.request('POST', '/v1/conversations', {
        token: session.token,
        body: { message: { clientMessageId: ctx.unique('cm'), text: 'Hello', txet: 'typo' } },
      });
      ctx.expectProblem(result, 422, 'validation_failed');
      const list = ctx.expectJson(
        await ctx.request('GET', '/v1/conversations', { token: session.token }),
        200,
        ConversationPage,
      );
      ctx.check(list.data.length === 0, 'The refused request created a conversation.', {
        actual: `${list.data.length} conversations`,
      });
    },
  },
  {
    id: 'errors.unsupportedMediaType',
    area: 'errors',
    title: 'A JSON operation given another media type is 415 unsupported_media_type',
    covers: ['POST /v1/session'],
    async run(ctx) {
      const result = await ctx.request('POST', '/v1/session', {
        rawBody: `widgetKey=${encodeURIComponent(ctx.target.widgetKey)}`,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      ctx.expectProblem(result, 415, 'unsupported_media_type');
    },
  },
  {
    id: 'errors.oversizeBody',
    area: 'errors',
    title: 'A 2 MiB JSON body is 413 payload_too_large',
    covers: ['POST /v1/session'],
    async run(ctx) {
      const padding = 'x'.repeat(2 * 1024 * 1024);
      const result = await ctx.request('POST', '/v1/session', {
        rawBody: JSON.stringify({ widgetKey: ctx.target.widgetKey, padding }),
        headers: { 'Content-Type': 'application/json' },
      });
      ctx.expectProblem(result, 413, 'payload_too_large');
    },
  },
  {
    id: 'errors.unknownRoute',
    area: 'errors',
    title: 'An unknown route under /v1 is a 404 not_found problem',
    covers: [],
    async run(ctx) {
      const result = await ctx.request('GET', `/v1/${ctx.unique('no_such_route')}`);
      ctx.expectProblem(result, 404, 'not_found');
    },
  },
  {
    id: 'errors.methodNotAllowed',
    area: 'errors',
    title: 'A known path with another method is 405 method_not_allowed with Allow',
    covers: ['GET /v1/widget/config'],
    async run(ctx) {
      const result = await ctx.request('DELETE', '/v1/widget/config', {
        query: { widgetKey: ctx.target.widgetKey },
      });
      ctx.expectProblem(result, 405, 'method_not_allowed');
      ctx.check(
        /\bGET\b/.test(result.headers.get('Allow') ?? ''),
        'The 405 has no Allow header naming GET.',
        {
          actual: result.headers.get('Allow') ?? '(missing)',
        },
      );
    },
  },
  {
    id: 'errors.oddInput',
    area: 'errors',
    title: 'Odd input (JSON null, arrays, deep nesting, bad UTF-8, odd ids) is a 4xx problem, never a 500',
    covers: ['POST /v1/session', 'GET /v1/conversations/{}', 'GET /v1/kb/articles/{}'],
    async run(ctx) {
      const json = { 'Content-Type': 'application/json' };
      const bodies: BodyInit[] = [
        'null',
        '[]',
        '"wk"',
        '42',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"widgetKey": {"$ne": null}}`,
        new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
        '',
      ];
      for (const rawBody of bodies) {
        const result = await ctx.request('POST', '/v1/session', { rawBody, headers: json });
        ctx.check(result.status >= 400 && result.status < 500, 'Odd input was not refused with a 4xx.', {
          request: result.request,
          expected: 'a 4xx problem',
          actual: `status ${result.status}`,
        });
      }
      const session = await ctx.session();
      for (const id of ['%00', '..%2F..%2Fetc%2Fpasswd', 'cnv_%27%20OR%201%3D1', 'x'.repeat(3000)]) {
        const result = await ctx.request('GET', `/v1/conversations/${id}`, { token: session.token });
        ctx.check(result.status >= 400 && result.status < 500, 'An odd conversation id was not a 4xx.', {
          request: result.request,
          expected: 'a 4xx problem',
          actual: `status ${result.status}`,
        });
      }
      const article = await ctx.request('GET', '/v1/kb/articles/%E0%A4%A', {
        query: { widgetKey: ctx.target.widgetKey },
      });
      ctx.check(article.status >= 400 && article.status < 500, 'A malformed article id was not a 4xx.', {
        request: article.request,
        actual: `status ${article.status}`,
      });
    },
  },
];
