import type { TSchema } from 'typebox';
import { problemCodes } from '../common/Problem';
import type { OperationSpec, ParameterSpec, ResponseSpec } from './OperationSpec';

/** A JSON object of the OpenAPI document. @internal */
type JsonObject = { [key: string]: unknown };

const errorDescriptions: Record<number, string> = {
  400: 'Malformed request: bad JSON, parameter, header or cursor.',
  401: 'Missing, unknown or expired bearer token (or failed identity verification).',
  403: 'Not allowed for this session or widget, or a signed link that expired or was altered.',
  404: 'Not found (or not visible to this session).',
  405: 'Method not allowed.',
  409: 'Conflict with the current state, or the same Idempotency-Key is still in flight.',
  410: 'Gone: the link was used or expired.',
  413: 'Body or file too large.',
  415: 'Unsupported media type.',
  422: 'Well-formed but invalid (see `errors`), or an Idempotency-Key reused with another body.',
  429: 'Too many requests; retry after `Retry-After` seconds.',
  503: 'Temporarily unavailable; retry after `Retry-After` seconds.',
};

/**
 * Replaces every schema that carries an `$id` with a `$ref` to `#/components/schemas/<$id>`, collecting
 * the named schemas (themselves hoisted the same way) into `components`.
 */
function hoist(value: unknown, components: Map<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => hoist(item, components));
  if (value === null || typeof value !== 'object') return value;
  const { $id, ...rest } = value as JsonObject;
  const body: JsonObject = {};
  for (const [key, child] of Object.entries(rest)) {
    // `examples` hold data, not schemas: copy them as they are.
    body[key] = key === 'examples' || key === 'example' ? child : hoist(child, components);
  }
  if (typeof $id !== 'string') return body;
  const existing = components.get($id);
  if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(body)) {
    throw new Error(`Two different schemas are both named ${$id}.`);
  }
  components.set($id, body);
  return { $ref: `#/components/schemas/${$id}` };
}

function mediaType(schema: TSchema, example: unknown, components: Map<string, unknown>): JsonObject {
  return example === undefined
    ? { schema: hoist(schema, components) }
    : { schema: hoist(schema, components), example };
}

function parameter(spec: ParameterSpec, components: Map<string, unknown>): JsonObject {
  return {
    name: spec.name,
    in: spec.in,
    required: spec.in === 'path' ? true : (spec.required ?? false),
    description: spec.description,
    schema: hoist(spec.schema, components),
    ...(spec.example === undefined ? {} : { example: spec.example }),
  };
}

function response(spec: ResponseSpec, components: Map<string, unknown>): JsonObject {
  const result: JsonObject = { description: spec.description };
  if (spec.headers !== undefined) {
    result.headers = Object.fromEntries(
      Object.entries(spec.headers).map(([name, description]) => [
        name,
        { description, schema: { type: 'string' } },
      ]),
    );
  }
  if (spec.schema !== undefined) {
    result.content = {
      [spec.contentType ?? 'application/json']: mediaType(spec.schema, spec.example, components),
    };
  }
  return result;
}

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes retries safe: the same key with the same body replays the first answer (with ' +
    '`Idempotent-Replayed: true`); with another body it is 422 `idempotency_key_reused`; while the first ' +
    'request is still running it is 409 `idempotency_key_in_flight`. Keys are kept for 24 hours.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
  example: '5f1c2a9e-8b1d-4a53-9d36-0c6f1e2b7a44',
};

/** The OpenAPI `security` of an operation: `{}` is the alternative of sending no token at all. */
function security(auth: OperationSpec['auth']): JsonObject[] {
  if (auth === 'none') return [];
  if (auth === 'agent') return [{ agentToken: [] }];
  if (auth === 'sessionOrSignedLink') return [{ sessionToken: [] }, {}];
  return [{ sessionToken: [] }];
}

function operation(spec: OperationSpec, components: Map<string, unknown>): JsonObject {
  const parameters = (spec.parameters ?? []).map((item) => parameter(item, components));
  if (spec.idempotent === true) parameters.push(idempotencyKeyParameter);
  const responses: JsonObject = {};
  for (const [status, answer] of Object.entries(spec.responses))
    responses[status] = response(answer, components);
  const errors = new Set(spec.errors);
  if (spec.auth !== 'none') errors.add(401);
  if (spec.requestBody !== undefined) {
    errors.add(400);
    errors.add(422);
  }
  if (spec.idempotent === true) {
    errors.add(409);
    errors.add(422);
  }
  for (const status of [...errors].sort((a, b) => a - b)) {
    const codes = Object.entries(problemCodes)
      .filter(([, entry]) => entry.status === status)
      .map(([code]) => `\`${code}\``);
    responses[String(status)] = {
      description: `${errorDescriptions[status] ?? 'Error.'} Codes: ${codes.join(', ') || 'any'}.`,
      ...(status === 429 || status === 503
        ? { headers: { 'Retry-After': { schema: { type: 'integer' } } } }
        : {}),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  const result: JsonObject = {
    operationId: spec.operationId,
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.description === undefined ? {} : { description: spec.description }),
    security: security(spec.auth),
  };
  if (parameters.length > 0) result.parameters = parameters;
  if (spec.requestBody !== undefined) {
    result.requestBody = {
      required: true,
      ...(spec.requestBody.description === undefined ? {} : { description: spec.requestBody.description }),
      content: {
        [spec.requestBody.contentType ?? 'application/json']: mediaType(
          spec.requestBody.schema,
          spec.requestBody.example,
          components,
        ),
      },
    };
  }
  result.responses = responses;
  return result;
}

/** Document-wide facts of {@link createOpenApiDocument}. @internal */
export interface OpenApiInfo {
  version: string;
  extraSchemas: readonly TSchema[];
}

/**
 * Builds the OpenAPI 3.1 document from operation specs: paths, shared component schemas (every schema
 * with an `$id`), the problem answers and the two bearer security schemes.
 * @internal
 */
export function createOpenApiDocument(operations: readonly OperationSpec[], info: OpenApiInfo): JsonObject {
  const components = new Map<string, unknown>();
  const paths: Record<string, JsonObject> = {};
  const seen = new Set<string>();
  for (const spec of operations) {
    if (seen.has(spec.operationId)) throw new Error(`Duplicate operationId ${spec.operationId}.`);
    seen.add(spec.operationId);
    const item = paths[spec.path] ?? {};
    if (item[spec.method] !== undefined) throw new Error(`Two operations for ${spec.method} ${spec.path}.`);
    item[spec.method] = operation(spec, components);
    paths[spec.path] = item;
  }
  for (const schema of info.extraSchemas) hoist(schema, components);
  const schemas = Object.fromEntries([...components.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Parley contract',
      version: info.version,
      summary: 'What a backend implements so that the Parley SDK and widget can talk to it.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'The reference server (`npm start`).' }],
    tags: [
      { name: 'config', description: 'Public widget configuration.' },
      { name: 'session', description: 'Anonymous sessions, identity verification and logout.' },
      { name: 'conversations', description: 'Conversations and their messages.' },
      { name: 'attachments', description: 'File uploads and downloads (bearer token or signed link).' },
      { name: 'realtime', description: 'Server-Sent Events and the long-poll fallback.' },
      { name: 'tickets', description: 'The offline form, ticket lookup and ticket threads.' },
      { name: 'knowledge base', description: 'Help-centre collections, articles, search and feedback.' },
      { name: 'agent', description: 'The team side, for the demo inbox and tests (bearer agent token).' },
      { name: 'meta', description: 'Health and this document.' },
    ],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas,
      securitySchemes: {
        sessionToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` of a session from `POST /v1/session`.',
        },
        agentToken: { type: 'http', scheme: 'bearer', description: 'The server-wide agent token.' },
      },
    },
  };
}
