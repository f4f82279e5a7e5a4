import Type from 'typebox';
import type { Scenario } from '../runner/Scenario';

/** Health and the contract document. @internal */
export const metaScenarios: readonly Scenario[] = [
  {
    id: 'meta.health',
    area: 'meta',
    title: 'GET /v1/health answers { status: "ok" }',
    covers: ['GET /v1/health'],
    async run(ctx) {
      const result = await ctx.request('GET', '/v1/health');
      ctx.expectJson(result, 200, Type.Object({ status: Type.Literal('ok') }));
    },
  },
  {
    id: 'meta.openApi',
    area: 'meta',
    title: 'GET /v1/openapi.json serves an OpenAPI 3.1 document',
    covers: ['GET /v1/openapi.json'],
    async run(ctx) {
      const result = await ctx.request('GET', '/v1/openapi.json');
      const document = ctx.expectJson(
        result,
        200,
        Type.Object({ openapi: Type.String({ pattern: '^3\\.1\\.' }), paths: Type.Object({}) }),
      );
      ctx.check(
        Object.keys(document.paths).some((path) => path.startsWith('/v1/')),
        'The document lists no path under /v1.',
        { expected: 'paths such as /v1/widget/config', actual: Object.keys(document.paths).join(', ') },
      );
    },
  },
];
