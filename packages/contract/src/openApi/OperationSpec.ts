import type { TSchema } from 'typebox';

/** How an operation authenticates. */
export type OperationAuth =
  /** Public: no token. */
  | 'none'
  /** `Authorization: Bearer <session token>` from `POST /v1/session`. */
  | 'session'
  /** `Authorization: Bearer <agent token>` (the team side). */
  | 'agent'
  /**
   * The session bearer token, or none when the URL carries a signature the server made (the download links
   * of attachments, which browsers open without headers).
   */
  | 'sessionOrSignedLink';

/** A query, path or header parameter. */
export interface ParameterSpec {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description: string;
  schema: TSchema;
  example?: unknown;
}

/** One possible answer of an operation. */
export interface ResponseSpec {
  description: string;
  /** Body schema; omitted for empty answers (204, 304). */
  schema?: TSchema;
  /** @default 'application/json' */
  contentType?: string;
  example?: unknown;
  /** Response headers by name, with a description each. */
  headers?: Record<string, string>;
}

/**
 * One operation of the contract, written once and turned into OpenAPI by {@link createOpenApiDocument}.
 * The same schemas validate requests in the reference server and responses in the conformance suite.
 */
export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, such as `/v1/conversations/{conversationId}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** The domain it belongs to, which groups operations in the document. */
  tag:
    | 'config'
    | 'session'
    | 'conversations'
    | 'attachments'
    | 'realtime'
    | 'tickets'
    | 'knowledge base'
    | 'agent'
    | 'meta';
  auth: OperationAuth;
  parameters?: readonly ParameterSpec[];
  requestBody?: {
    description?: string;
    schema: TSchema;
    /** @default 'application/json' */
    contentType?: string;
    example: unknown;
  };
  /** Accepts `Idempotency-Key` with the contract's replay rules (adds the header and the 409/422 answers). */
  idempotent?: boolean;
  /** Success answers by status. */
  responses: Readonly<Record<number, ResponseSpec>>;
  /** Error statuses this operation can answer with, each a problem+json body, e.g. `[400, 404, 422]`. */
  errors: readonly number[];
}
