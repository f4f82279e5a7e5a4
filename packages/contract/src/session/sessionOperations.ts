import type { OperationSpec } from '../openApi/OperationSpec';
import {
  Contact,
  CreateSessionRequest,
  IdentifyRequest,
  RedeemedLink,
  RedeemLinkRequest,
  Session,
  UpdateContactRequest,
} from './sessionSchemas';

const exampleVisitor = {
  id: 'ctc_Vn4Tq8Wz2Kp6Hs0d',
  kind: 'visitor',
  userId: null,
  name: null,
  email: null,
  attributes: {},
};

const exampleUser = {
  id: 'ctc_Lk7Pw3Qa9Xe2Rb5m',
  kind: 'user',
  userId: 'user_4821',
  name: 'Ada Okafor',
  email: 'ada@example.com',
  attributes: { plan: 'plus', seats: 3 },
};

const exampleSession = {
  token: 'pP3k9vQx7LmN2rT5wY8zB1cD4fG6hJ0sA-uE_iO',
  expiresAt: '2026-11-22T21:30:00.000Z',
  resumeToken: 'rS8tU1vW4xY7zA0bC3dE6fG9hJ2kL5mN-pQ_rT',
  widgetKey: 'wk_demo',
  contact: exampleVisitor,
};

const exampleUserSession = {
  ...exampleSession,
  resumeToken: 'zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG-hJ_kL',
  contact: exampleUser,
};

const tokens =
  'Keep `token` in memory and send it as `Authorization: Bearer <token>`; it stops working at ' +
  '`expiresAt` (401 `session_expired`). Keep `resumeToken` (for example in `localStorage`) to start a ' +
  'new session for the same contact later with `POST /v1/session`.';

/**
 * Operations of sessions and identity.
 * @internal
 */
export const sessionOperations: readonly OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/session',
    operationId: 'createSession',
    tag: 'session',
    auth: 'none',
    summary: 'Start or resume a session',
    description:
      'Without `resumeToken`, starts an anonymous session for a new `visitor` contact. With a resume ' +
      'token of this widget that has not expired, starts a new session for the same contact (visitor or ' +
      'user) and answers the same resume token. An unknown, expired or foreign resume token is not an ' +
      'error: the answer is a new anonymous visitor, which the client recognises by its new contact id. ' +
      `${tokens} An unknown widget key is 404 \`widget_not_found\`.`,
    requestBody: {
      schema: CreateSessionRequest,
      example: { widgetKey: 'wk_demo', resumeToken: exampleSession.resumeToken, locale: 'en' },
    },
    responses: {
      201: { description: 'The new session.', schema: Session, example: exampleSession },
    },
    errors: [404, 413, 415],
  },
  {
    method: 'post',
    path: '/v1/session/identify',
    operationId: 'identify',
    tag: 'session',
    auth: 'session',
    summary: 'Tell who the person in the session is',
    description:
      'Identity verification proves that the host app, not the visitor, names the user. Send either ' +
      '`hash`, the lowercase hex HMAC-SHA256 of `userId` keyed with the widget secret, or `jwt`, an HS256 ' +
      'JWT signed with the widget secret whose `sub` is `userId`, with `exp` (required), and optionally ' +
      '`nbf`, `iat`, `email` and `name` (these claims win over the body); 60 seconds of clock skew are ' +
      'allowed, and any `alg` but `HS256` is refused. Both at once is 422 `validation_failed`. Compute ' +
      'them on your server: the secret must never reach a browser. (The example hash is the real one ' +
      'of `user_4821` on the demo widget `wk_demo`.)\n\n' +
      '**Verified**: the session moves to the `user` contact of this `userId` (created on first sight), ' +
      "and a visitor's conversations and tickets move with it. The answer is the session with the same " +
      '`token` and a new `resumeToken` for the user. Identifying as the same user again only updates the ' +
      'details; identifying as another user switches the session to that user without merging anything. ' +
      'A wrong hash or JWT is 401 `identity_verification_failed`.\n\n' +
      '**Unverified** (neither `hash` nor `jwt`): refused with 403 `identity_verification_required` when ' +
      'the widget config says `identity.verification: required`. Otherwise only `name`, `email` and ' +
      "`attributes` are stored on the session's contact, which keeps its kind and a `null` `userId`: an " +
      "unverified claim never opens a user's history. Claiming another user than the session's verified " +
      'one is 409 `conflict`.\n\n' +
      '`attributes` are merged into the stored ones; `null` removes a key; more than 50 in all is 422.',
    requestBody: {
      schema: IdentifyRequest,
      example: {
        userId: 'user_4821',
        email: 'ada@example.com',
        name: 'Ada Okafor',
        attributes: { plan: 'plus', seats: 3 },
        hash: 'a56c57fcc089a6bdd4f8efba075589959886a914853e2022f7c9f504b204887d',
      },
    },
    responses: {
      200: {
        description: 'The session (same token), now of the identified contact.',
        schema: Session,
        example: exampleUserSession,
      },
    },
    errors: [403, 409, 413, 415],
  },
  {
    method: 'delete',
    path: '/v1/session',
    operationId: 'logout',
    tag: 'session',
    auth: 'session',
    summary: 'Log out',
    description:
      'Ends this session and forgets every resume token of its contact, so this device cannot get back ' +
      'in: the token is then refused with 401 `session_expired`, and an old resume token starts a new ' +
      'anonymous visitor. Call it when the host app logs its user out, then forget the stored resume token.',
    responses: { 204: { description: 'Logged out.' } },
    errors: [],
  },
  {
    method: 'patch',
    path: '/v1/session/contact',
    operationId: 'updateContact',
    tag: 'session',
    auth: 'session',
    summary: 'Update what the visitor tells about themselves',
    description:
      "Sets the contact's `name` and `email` when given, and merges `attributes` into the stored ones " +
      '(`null` removes a key; more than 50 in all is 422 `validation_failed`). Kind and user id only ' +
      'change through `POST /v1/session/identify`. An empty body changes nothing and answers the contact.',
    requestBody: {
      schema: UpdateContactRequest,
      example: { name: 'Ada', email: 'ada@example.com', attributes: { plan: 'plus', trial: null } },
    },
    responses: {
      200: {
        description: 'The contact after the update.',
        schema: Contact,
        example: { ...exampleVisitor, name: 'Ada', email: 'ada@example.com', attributes: { plan: 'plus' } },
      },
    },
    errors: [413, 415],
  },
  {
    method: 'post',
    path: '/v1/session/link',
    operationId: 'redeemLink',
    tag: 'session',
    auth: 'none',
    summary: 'Open a conversation from an email link',
    description:
      'Emails about a conversation carry a one-time link (`?parley_link=<token>`). Trading its token ' +
      "here starts a session of the conversation's contact and names the conversation to open. A link " +
      'works once and for a limited time: a used or expired one is 410 `link_expired` (open the widget ' +
      'normally instead); an unknown one, or one of another widget, is 404 `not_found`; an unknown ' +
      `widget key is 404 \`widget_not_found\`. ${tokens}`,
    requestBody: {
      schema: RedeemLinkRequest,
      example: { widgetKey: 'wk_demo', linkToken: 'Lm4Nq7Rs0Tu3Vw6Xy9Za2Bc5De8Fg1Hi-Jk_Lm' },
    },
    responses: {
      201: {
        description: 'A session of the contact, and the conversation to open.',
        schema: RedeemedLink,
        example: { session: exampleUserSession, conversationId: 'cnv_7hQ2Rk9xMv3Pa1Zc' },
      },
    },
    errors: [404, 410, 413, 415],
  },
];
