import Type, { type Static } from 'typebox';
import { Locale, Nullable, Timestamp } from '../common/primitives';

/**
 * Custom data about a person: flat, small values only, at most 50 keys. Keys start with a letter, then
 * letters, digits or `_`. In an update, `null` removes a key.
 */
export const Attributes = Type.Record(
  Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,63}$' }),
  Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean(), Type.Null()]),
  // Without it, keys that break the pattern would pass: patternProperties alone only checks matching keys.
  { $id: 'Attributes', maxProperties: 50, additionalProperties: false },
);

/** The person on the customer side of a session: an anonymous visitor or an identified user. */
export const Contact = Type.Object(
  {
    // Spelled out rather than prefixedId(), whose TSchema return type would make the id `unknown` in TS.
    id: Type.String({ pattern: '^ctc_[A-Za-z0-9_-]{1,64}$', description: 'Contact id.' }),
    kind: Type.Union([Type.Literal('visitor'), Type.Literal('user')], {
      description: '`user` once identified with a verified hash or JWT; `visitor` otherwise.',
    }),
    userId: Nullable(Type.String()),
    name: Nullable(Type.String()),
    email: Nullable(Type.String()),
    attributes: Attributes,
  },
  { $id: 'Contact' },
);

/** `POST /v1/session`: start an anonymous session, or resume one with a resume token. */
export const CreateSessionRequest = Type.Object(
  {
    widgetKey: Type.String({ minLength: 1, maxLength: 200 }),
    resumeToken: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    locale: Type.Optional(Locale),
  },
  { $id: 'CreateSessionRequest', additionalProperties: false },
);

/** A session: the bearer token for every other call, and what to keep to resume it later. */
export const Session = Type.Object(
  {
    token: Type.String({ description: 'Opaque bearer token: `Authorization: Bearer <token>`.' }),
    expiresAt: Timestamp,
    resumeToken: Type.String({
      description: 'Long-lived secret that starts a new session for the same contact after expiry.',
    }),
    widgetKey: Type.String(),
    contact: Contact,
  },
  { $id: 'Session' },
);

/** `POST /v1/session/identify`. Give `hash` (HMAC-SHA256 of `userId`) or `jwt` (HS256), not both. */
export const IdentifyRequest = Type.Object(
  {
    userId: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    attributes: Type.Optional(Attributes),
    hash: Type.Optional(
      Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Lowercase hex HMAC-SHA256.' }),
    ),
    jwt: Type.Optional(Type.String({ maxLength: 8192 })),
  },
  { $id: 'IdentifyRequest', additionalProperties: false },
);

/** `PATCH /v1/session/contact`: what the visitor tells about themselves. */
export const UpdateContactRequest = Type.Object(
  {
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    attributes: Type.Optional(Attributes),
  },
  { $id: 'UpdateContactRequest', additionalProperties: false },
);

/** `POST /v1/session/link`: trade a one-time conversation link from an email for a session. */
export const RedeemLinkRequest = Type.Object(
  {
    widgetKey: Type.String({ minLength: 1, maxLength: 200 }),
    linkToken: Type.String({ minLength: 1, maxLength: 512 }),
  },
  { $id: 'RedeemLinkRequest', additionalProperties: false },
);

/** The answer to a redeemed link: a session for the contact, and the conversation to open. */
export const RedeemedLink = Type.Object(
  { session: Session, conversationId: Type.String() },
  { $id: 'RedeemedLink' },
);

export type Attributes = Static<typeof Attributes>;
export type Contact = Static<typeof Contact>;
export type CreateSessionRequest = Static<typeof CreateSessionRequest>;
export type Session = Static<typeof Session>;
export type IdentifyRequest = Static<typeof IdentifyRequest>;
export type UpdateContactRequest = Static<typeof UpdateContactRequest>;
export type RedeemLinkRequest = Static<typeof RedeemLinkRequest>;
export type RedeemedLink = Static<typeof RedeemedLink>;
