import Type, { type Static } from 'typebox';

/**
 * One problem with one part of the request, in a {@link Problem}'s `errors`.
 */
export const FieldError = Type.Object(
  {
    /** JSON Pointer (RFC 6901) to the offending part of the body or parameter, e.g. `/text`. */
    pointer: Type.String(),
    /** What is wrong, for a developer. */
    detail: Type.String(),
  },
  { $id: 'FieldError' },
);

/**
 * An error answer: RFC 9457 `application/problem+json` with a stable machine-readable `code`.
 * Clients must branch on `code` (and the HTTP status), never on `title` or `detail`, and must treat an
 * unknown `code` like any other error of that status.
 */
export const Problem = Type.Object(
  {
    type: Type.Optional(Type.String({ description: 'A URI that identifies the problem type.' })),
    title: Type.String({ description: 'Short, human-readable summary of the problem type.' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    code: Type.String({ pattern: '^[a-z][a-z0-9_]*$', description: 'Stable machine-readable code.' }),
    detail: Type.Optional(Type.String({ description: 'Explanation specific to this occurrence.' })),
    errors: Type.Optional(Type.Array(FieldError, { description: 'One entry per invalid field.' })),
    retryAfterSeconds: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  {
    $id: 'Problem',
    examples: [
      {
        title: 'Invalid request',
        status: 422,
        code: 'validation_failed',
        detail: 'The request body does not match the contract.',
        errors: [{ pointer: '/text', detail: 'must NOT have more than 10000 characters' }],
      },
    ],
  },
);

export type Problem = Static<typeof Problem>;
export type FieldError = Static<typeof FieldError>;

/**
 * Every `code` the contract defines, with the status it comes with. A backend may add its own codes;
 * clients treat unknown codes by their status.
 */
export const problemCodes = {
  invalid_request: { status: 400, meaning: 'A parameter or header is malformed.' },
  invalid_json: { status: 400, meaning: 'The body is not valid JSON.' },
  invalid_multipart: { status: 400, meaning: 'The multipart/form-data body cannot be parsed.' },
  invalid_cursor: { status: 400, meaning: 'The pagination cursor was not issued by this server.' },
  invalid_idempotency_key: { status: 400, meaning: 'The Idempotency-Key header is empty or too long.' },
  unauthorized: { status: 401, meaning: 'No bearer token was sent, or it is unknown.' },
  session_expired: { status: 401, meaning: 'The session token has expired; resume or start a new session.' },
  identity_verification_failed: { status: 401, meaning: 'The identity hash or JWT does not verify.' },
  identity_verification_required: { status: 403, meaning: 'This widget accepts verified identities only.' },
  identity_required: { status: 403, meaning: 'This needs an identified (logged-in) user.' },
  forbidden: { status: 403, meaning: 'The session may not access this resource.' },
  attachment_link_invalid: {
    status: 403,
    meaning:
      'The signed download link has expired or was altered; fetch the attachment again for a new `url`.',
  },
  not_found: { status: 404, meaning: 'Nothing is served at this path.' },
  widget_not_found: { status: 404, meaning: 'No widget has this key.' },
  conversation_not_found: { status: 404, meaning: 'No conversation with this id belongs to the session.' },
  ticket_not_found: { status: 404, meaning: 'No ticket matches (the same answer for any wrong detail).' },
  article_not_found: { status: 404, meaning: 'No article has this id in this help centre.' },
  collection_not_found: { status: 404, meaning: 'No collection has this id in this help centre.' },
  attachment_not_found: { status: 404, meaning: 'No attachment with this id belongs to the session.' },
  method_not_allowed: { status: 405, meaning: 'The path exists but not with this method.' },
  idempotency_key_in_flight: { status: 409, meaning: 'A request with this key is still being processed.' },
  conversation_not_resolved: { status: 409, meaning: 'Only a resolved conversation can be rated.' },
  conflict: { status: 409, meaning: 'The resource is not in a state that allows this.' },
  link_expired: { status: 410, meaning: 'The conversation link was already used or has expired.' },
  payload_too_large: { status: 413, meaning: 'The body or file is larger than the limit.' },
  unsupported_media_type: { status: 415, meaning: 'The content type is not accepted here.' },
  validation_failed: { status: 422, meaning: 'The body is well-formed but breaks the schema; see `errors`.' },
  idempotency_key_reused: { status: 422, meaning: 'This Idempotency-Key was used with another body.' },
  rate_limited: { status: 429, meaning: 'Too many requests; wait for Retry-After seconds.' },
  internal: { status: 500, meaning: 'The server failed; try again later.' },
  unavailable: { status: 503, meaning: 'The server is temporarily unavailable; see Retry-After.' },
} as const satisfies Record<string, { status: number; meaning: string }>;

/** A `code` defined by the contract. */
export type ProblemCode = keyof typeof problemCodes;
