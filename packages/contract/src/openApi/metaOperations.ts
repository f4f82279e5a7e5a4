import Type from 'typebox';
import type { OperationSpec } from './OperationSpec';

/** Health and the document itself. @internal */
export const metaOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/health',
    operationId: 'getHealth',
    tag: 'meta',
    auth: 'none',
    summary: 'Whether the server is up',
    responses: {
      200: {
        description: 'The server answers.',
        schema: Type.Object({ status: Type.Literal('ok') }),
        example: { status: 'ok' },
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'meta',
    auth: 'none',
    summary: 'This contract as an OpenAPI 3.1 document',
    responses: {
      200: { description: 'The document.', schema: Type.Object({ openapi: Type.String() }) },
    },
    errors: [],
  },
];
