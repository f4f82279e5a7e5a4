import Type from 'typebox';
import { Cursor, prefixedId } from '../common/primitives';
import {
  exampleBotMessage,
  exampleConversation,
  exampleVisitorMessage,
  messagePageParameters,
  messagePageRules,
} from '../conversations/conversationOperations';
import { Message, MessagePage, ReadRequest, TypingRequest } from '../conversations/conversationSchemas';
import type { OperationSpec, ParameterSpec } from '../openApi/OperationSpec';
import {
  AgentConversation,
  AgentConversationPage,
  AgentMessageRequest,
  ConversationStatusRequest,
  OutboxEmailPage,
} from './agentSchemas';
import { agentTicketOperations } from './agentTicketOperations';

const exampleAgentConversation = {
  widgetKey: 'wk_demo',
  conversation: exampleConversation,
  contact: {
    id: 'ctc_Vn4Tq8Wz2Kp6Hs0d',
    kind: 'visitor',
    userId: null,
    name: null,
    email: 'ada@example.com',
    attributes: {},
  },
  visitorOnline: true,
};

const exampleAgentMessage = {
  id: 'msg_5Kp9Qs2vXd7Lm0Tb',
  conversationId: exampleConversation.id,
  clientMessageId: null,
  author: { kind: 'agent', id: null, name: 'Lumen Support', avatarUrl: null },
  text: 'Hi! Open the note, choose **Share → Export**, then PDF. Does that work for you?',
  parts: [],
  attachments: [],
  createdAt: '2026-11-22T09:42:00.000Z',
};

const exampleOutboxEmail = {
  id: 'eml_2Wc7Hn4pRz9Ks1Df',
  widgetKey: 'wk_demo',
  to: 'ada@example.com',
  subject: 'New reply from Lumen',
  text:
    'Lumen Support replied to your conversation with Lumen:\n\nHi! Open the note, choose **Share → ' +
    'Export**, then PDF.\n\nContinue the conversation: https://lumen.example/?parley_link=q3Zr8Xw…\nThe ' +
    'link works once, until 2026-11-29T09:42:00.000Z.',
  link: 'https://lumen.example/?parley_link=q3Zr8XwTn5Vb1Lm7Ys2Kd9Hf4Pc6Ga0Ue3Ji8Ro1Wq',
  linkExpiresAt: '2026-11-29T09:42:00.000Z',
  conversationId: exampleConversation.id,
  createdAt: '2026-11-22T09:42:00.000Z',
  usedAt: null,
};

const conversationIdParameter: ParameterSpec = {
  name: 'conversationId',
  in: 'path',
  description: 'The conversation id.',
  schema: prefixedId('cnv', 'Conversation id.'),
  example: exampleConversation.id,
};

const cursorParameter: ParameterSpec = {
  name: 'cursor',
  in: 'query',
  description: 'The `nextCursor` of the previous page; a malformed one is 400 `invalid_cursor`.',
  schema: Cursor,
};

const limitParameter: ParameterSpec = {
  name: 'limit',
  in: 'query',
  description: 'Page size, 1 to 100. Anything else is 400 `invalid_request`.',
  schema: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  example: 50,
};

const publishes =
  'Publishes `message.created` for every new message and `conversation.updated`, to the visitor and to ' +
  'the team.';

/**
 * Operations of the team side (the demo inbox and tests), behind the agent bearer token: conversations
 * and the email outbox here, tickets in `agentTicketOperations`.
 * @internal
 */
export const agentOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/agent/conversations',
    operationId: 'agentListConversations',
    tag: 'agent',
    auth: 'agent',
    summary: 'Conversations of every contact, the most recently updated first',
    description:
      'Each with its contact and `visitorOnline`: whether the visitor has an event stream or long-poll ' +
      'open right now (a reply to someone away is also recorded as an email in the outbox).',
    parameters: [
      {
        name: 'status',
        in: 'query',
        description: 'Only conversations with this status (`open` or `resolved`).',
        schema: Type.Union([Type.Literal('open'), Type.Literal('resolved')]),
        example: 'open',
      },
      {
        name: 'widgetKey',
        in: 'query',
        description: 'Only conversations of this widget.',
        schema: Type.String({ minLength: 1, maxLength: 200 }),
        example: 'wk_demo',
      },
      cursorParameter,
      limitParameter,
    ],
    responses: {
      200: {
        description: 'One page of conversations.',
        schema: AgentConversationPage,
        example: { data: [exampleAgentConversation], nextCursor: null },
      },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/agent/conversations/{conversationId}',
    operationId: 'agentGetConversation',
    tag: 'agent',
    auth: 'agent',
    summary: 'One conversation with its contact',
    parameters: [conversationIdParameter],
    responses: {
      200: {
        description: 'The conversation.',
        schema: AgentConversation,
        example: exampleAgentConversation,
      },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/agent/conversations/{conversationId}/messages',
    operationId: 'agentListMessages',
    tag: 'agent',
    auth: 'agent',
    summary: 'Messages of a conversation, a page at a time',
    description: messagePageRules,
    parameters: [conversationIdParameter, ...messagePageParameters],
    responses: {
      200: {
        description: 'One page of messages, oldest first.',
        schema: MessagePage,
        example: { data: [exampleVisitorMessage, exampleBotMessage], nextCursor: null },
      },
    },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/agent/conversations/{conversationId}/messages',
    operationId: 'agentSendMessage',
    tag: 'agent',
    auth: 'agent',
    summary: 'Reply as a person on the team',
    description:
      'The author is `author`, or the default agent "<brand> Support". A message needs `text` (not only ' +
      'spaces) or `parts` (422 `validation_failed` at `/text` otherwise). The first reply from a person ' +
      'assigns the conversation to them (an `assigned` event message comes first), taking it over from ' +
      'the bot or the waiting queue. With `clientMessageId` it is stored exactly once: a repeat with the ' +
      'same text and parts answers 200 with the stored message, anything else 422 ' +
      '`idempotency_key_reused`. When the visitor is away (no open event stream or long-poll) and has ' +
      'an email address, the server records an email in the outbox with a one-time link back to the ' +
      `conversation. ${publishes}`,
    parameters: [conversationIdParameter],
    requestBody: {
      schema: AgentMessageRequest,
      example: { text: exampleAgentMessage.text, clientMessageId: 'inbox-7f3a9e25' },
    },
    idempotent: true,
    responses: {
      201: { description: 'Stored.', schema: Message, example: exampleAgentMessage },
      200: {
        description: 'Already stored under this `clientMessageId`: the stored message.',
        schema: Message,
        example: exampleAgentMessage,
      },
    },
    errors: [404],
  },
  {
    method: 'put',
    path: '/v1/agent/conversations/{conversationId}/status',
    operationId: 'agentSetConversationStatus',
    tag: 'agent',
    auth: 'agent',
    summary: 'Resolve or reopen a conversation',
    description:
      'A change adds a `resolved` or `reopened` event message and publishes `message.created` and ' +
      '`conversation.updated`; setting the status it already has changes nothing. A resolved ' +
      'conversation can be rated by its visitor, and reopens when the visitor writes again.',
    parameters: [conversationIdParameter],
    requestBody: { schema: ConversationStatusRequest, example: { status: 'resolved' } },
    responses: {
      200: {
        description: 'The conversation.',
        schema: AgentConversation,
        example: {
          ...exampleAgentConversation,
          conversation: { ...exampleConversation, status: 'resolved' },
        },
      },
    },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/agent/conversations/{conversationId}/read',
    operationId: 'agentMarkRead',
    tag: 'agent',
    auth: 'agent',
    summary: 'Mark the conversation read by the team',
    description:
      'Sets `lastReadByTeam`; the position only moves forward. The message must be one of this ' +
      'conversation (422 `validation_failed` at `/messageId`). Publishes `read` (reader `team`) to the ' +
      'visitor and `conversation.updated`.',
    parameters: [conversationIdParameter],
    requestBody: { schema: ReadRequest, example: { messageId: exampleVisitorMessage.id } },
    responses: { 204: { description: 'Marked.' } },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/agent/conversations/{conversationId}/typing',
    operationId: 'agentSetTyping',
    tag: 'agent',
    auth: 'agent',
    summary: 'Say the team is typing, or stopped',
    description:
      'Publishes `typing` to the visitor, as the assigned person (or the default agent); nothing is stored.',
    parameters: [conversationIdParameter],
    requestBody: { schema: TypingRequest, example: { typing: true } },
    responses: { 204: { description: 'Published.' } },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/agent/outbox',
    operationId: 'agentListOutbox',
    tag: 'agent',
    auth: 'agent',
    summary: 'Emails the server recorded instead of sending, newest first',
    description:
      'One per team reply to a visitor who was away and had given an email. `link` opens the ' +
      'conversation in the widget (`POST /v1/session/link` with its `parley_link` token): once, until ' +
      '`linkExpiresAt`; `usedAt` says when it was used.',
    parameters: [cursorParameter, limitParameter],
    responses: {
      200: {
        description: 'One page of emails.',
        schema: OutboxEmailPage,
        example: { data: [exampleOutboxEmail], nextCursor: null },
      },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/agent/attachments/{attachmentId}/content',
    operationId: 'agentDownloadAttachment',
    tag: 'agent',
    auth: 'agent',
    summary: 'Download a file a customer sent',
    description:
      'The bytes of any attachment of the server, for the team, with the same headers as ' +
      '`GET /v1/attachments/{attachmentId}/content`: `Content-Disposition: attachment`, ' +
      "`X-Content-Type-Options: nosniff`, `Content-Security-Policy: default-src 'none'; sandbox`. The " +
      '`url` of an attachment in the agent answers is the visitor-facing signed link, which works without ' +
      'any token until it expires; this route is for the team at any time.',
    parameters: [
      {
        name: 'attachmentId',
        in: 'path',
        description: 'The attachment id, from a message or a ticket comment.',
        schema: prefixedId('att', 'Attachment id.'),
        example: 'att_3Gq9Lm2Xv8Rt5Wn1',
      },
    ],
    responses: {
      200: {
        description: 'The file, with the media type stored at upload as `Content-Type`.',
        contentType: '*/*',
        schema: Type.String({ contentMediaType: 'application/octet-stream', description: 'The bytes.' }),
      },
    },
    errors: [404],
  },
  ...agentTicketOperations,
];
