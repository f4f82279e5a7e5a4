import Type from 'typebox';
import { Cursor, prefixedId } from '../common/primitives';
import type { OperationSpec, ParameterSpec } from '../openApi/OperationSpec';
import {
  Conversation,
  ConversationPage,
  CreateConversationRequest,
  Message,
  MessagePage,
  RatingRequest,
  ReadRequest,
  SendMessageRequest,
  TypingRequest,
} from './conversationSchemas';

/** A visitor's message, for examples. @internal */
export const exampleVisitorMessage = {
  id: 'msg_8Jd2Lq0vTb4Ws6Yn',
  conversationId: 'cnv_7hQ2Rk9xMv3Pa1Zc',
  clientMessageId: 'c7f3a9e2-5b1d-4f6a-8e0c-2d9b7a1f4e63',
  author: { kind: 'visitor', id: 'ctc_Vn4Tq8Wz2Kp6Hs0d', name: 'Visitor', avatarUrl: null },
  text: 'How do I export my notes to PDF?',
  parts: [],
  attachments: [],
  createdAt: '2026-11-22T09:30:00.000Z',
};

/** The demo bot's answer, for examples. @internal */
export const exampleBotMessage = {
  id: 'msg_3Rf6Nw1yUc5Xt7Za',
  conversationId: 'cnv_7hQ2Rk9xMv3Pa1Zc',
  clientMessageId: null,
  author: { kind: 'bot', id: null, name: 'Lumen Assistant', avatarUrl: null },
  text: 'Here are some articles that might help. If they don’t answer your question, a person from the team can take over.',
  parts: [
    {
      type: 'article',
      articleId: 'art_export_pdf',
      title: 'Export notes as PDF',
      snippet: 'Open the note, choose Share → Export, then PDF…',
    },
    {
      type: 'quick_replies',
      replies: [
        { id: 'qr_helped', label: 'That helped', action: { type: 'reply', text: 'That helped' } },
        { id: 'qr_handoff', label: 'Talk to a person', action: { type: 'handoff' } },
      ],
    },
  ],
  attachments: [],
  createdAt: '2026-11-22T09:30:00.000Z',
};

/** A conversation the bot is handling, for examples. @internal */
export const exampleConversation = {
  id: 'cnv_7hQ2Rk9xMv3Pa1Zc',
  status: 'open',
  assignee: exampleBotMessage.author,
  createdAt: '2026-11-22T09:30:00.000Z',
  updatedAt: '2026-11-22T09:30:00.000Z',
  lastMessage: exampleBotMessage,
  unreadCount: 1,
  lastReadByTeam: null,
  rating: null,
  context: { pageUrl: 'https://lumen.example/app/notes', locale: 'en', recentSearches: ['export pdf'] },
};

const exampleCursor = 'eyJjIjoiY252XzdoUTJSazl4TXYzUGExWmMiLCJvIjo0MSwibiI6NDJ9';

const conversationIdParameter: ParameterSpec = {
  name: 'conversationId',
  in: 'path',
  description: 'The conversation id.',
  schema: prefixedId('cnv', 'Conversation id.'),
  example: exampleConversation.id,
};

const limitParameter: ParameterSpec = {
  name: 'limit',
  in: 'query',
  description: 'Page size, 1 to 100. Anything else is 400 `invalid_request`.',
  schema: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  example: 50,
};

/** The parameters of a message page, shared with the agent API. @internal */
export const messagePageParameters: readonly ParameterSpec[] = [
  {
    name: 'before',
    in: 'query',
    description: 'A `nextCursor`: the page just older than the page it came from.',
    schema: Cursor,
    example: exampleCursor,
  },
  {
    name: 'after',
    in: 'query',
    description: 'A `nextCursor`: the page just newer than the page it came from.',
    schema: Cursor,
  },
  limitParameter,
];

/** How message pages work, shared with the agent API. @internal */
export const messagePageRules =
  'Every page is in chronological order (oldest first), whichever way it was asked for. Without a cursor ' +
  'the answer is the latest page, whose `nextCursor` continues to older messages (`null` when there are ' +
  'none). `before=<cursor>` gives the page just older than the page the cursor came from, its ' +
  '`nextCursor` continuing older; `after=<cursor>` gives the page just newer, its `nextCursor` ' +
  "continuing newer and `null` once caught up. Any page's cursor works with either parameter (so a " +
  'client that scrolled back can scroll forward again). Cursors are opaque and belong to one ' +
  'conversation: a malformed one, or one of another conversation, is 400 `invalid_cursor`; `before` ' +
  'together with `after` is 400 `invalid_request`.';

const notFound =
  'A conversation of another contact answers 404 `conversation_not_found`, exactly like an unknown id.';

const exactlyOnce =
  'Exactly once: a message whose `clientMessageId` this conversation already has is not stored again; ' +
  'with the same text and attachments the answer is 200 with the stored message, with anything else ' +
  '422 `idempotency_key_reused`.';

const messageRules =
  'A message needs `text` (not only spaces) or `attachmentIds`; neither is 422 `validation_failed` ' +
  'pointing at `/text`. Each attachment must be a file the session contact uploaded (`POST ' +
  '/v1/attachments`); an unknown or foreign id is 422 `validation_failed` pointing at ' +
  '`/attachmentIds/<index>`. A message to a resolved conversation reopens it (a `reopened` event ' +
  'message comes first). When a bot answers the widget (see `bot` in the widget config), it may answer ' +
  'in the same request: articles that match the first message, quick replies, and a hand-off to a ' +
  'person when the visitor taps a quick reply whose action is `handoff` (name it in `quickReplyId`) or ' +
  'asks for a person. Its messages arrive as `message.created` events and in the message list.';

const publishes =
  'Publishes `message.created` for every new message and `conversation.updated`, to the visitor and ' +
  'to the team.';

/** Operations of conversations and messages. @internal */
export const conversationOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/conversations',
    operationId: 'listConversations',
    tag: 'conversations',
    auth: 'session',
    summary: "The session contact's conversations",
    description:
      'The most recently updated first (a new message, status, assignee or rating moves a conversation to ' +
      'the front). Pass `nextCursor` back as `cursor` for the next page; a malformed cursor is 400 ' +
      '`invalid_cursor`.',
    parameters: [
      {
        name: 'cursor',
        in: 'query',
        description: 'The `nextCursor` of the previous page.',
        schema: Cursor,
      },
      limitParameter,
    ],
    responses: {
      200: {
        description: 'One page of conversations.',
        schema: ConversationPage,
        example: { data: [exampleConversation], nextCursor: null },
      },
    },
    errors: [400],
  },
  {
    method: 'post',
    path: '/v1/conversations',
    operationId: 'createConversation',
    tag: 'conversations',
    auth: 'session',
    summary: 'Start a conversation',
    description:
      'Starts a conversation for the session contact, with the context the visitor was in (page, ' +
      'searches, articles seen) so nobody has to ask again, and optionally its first message under the ' +
      `same rules as sending a message (pointers start with \`/message\`). ${publishes}`,
    requestBody: {
      schema: CreateConversationRequest,
      example: {
        message: { clientMessageId: exampleVisitorMessage.clientMessageId, text: exampleVisitorMessage.text },
        context: exampleConversation.context,
      },
    },
    idempotent: true,
    responses: {
      201: {
        description: 'The new conversation, including the bot answer when there is one.',
        schema: Conversation,
        example: exampleConversation,
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/v1/conversations/{conversationId}',
    operationId: 'getConversation',
    tag: 'conversations',
    auth: 'session',
    summary: 'One conversation',
    description: notFound,
    parameters: [conversationIdParameter],
    responses: {
      200: { description: 'The conversation.', schema: Conversation, example: exampleConversation },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/conversations/{conversationId}/messages',
    operationId: 'listMessages',
    tag: 'conversations',
    auth: 'session',
    summary: 'Messages of a conversation, a page at a time',
    description: `${messagePageRules} ${notFound}`,
    parameters: [conversationIdParameter, ...messagePageParameters],
    responses: {
      200: {
        description: 'One page of messages, oldest first.',
        schema: MessagePage,
        example: { data: [exampleVisitorMessage, exampleBotMessage], nextCursor: exampleCursor },
      },
    },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/conversations/{conversationId}/messages',
    operationId: 'sendMessage',
    tag: 'conversations',
    auth: 'session',
    summary: 'Send a message',
    description: `${messageRules} ${exactlyOnce} ${publishes} ${notFound}`,
    parameters: [conversationIdParameter],
    requestBody: {
      schema: SendMessageRequest,
      example: { clientMessageId: exampleVisitorMessage.clientMessageId, text: exampleVisitorMessage.text },
    },
    idempotent: true,
    responses: {
      201: { description: 'Stored.', schema: Message, example: exampleVisitorMessage },
      200: {
        description: 'Already stored under this `clientMessageId`: the stored message.',
        schema: Message,
        example: exampleVisitorMessage,
      },
    },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/conversations/{conversationId}/typing',
    operationId: 'setTyping',
    tag: 'conversations',
    auth: 'session',
    summary: 'Say the visitor is typing, or stopped',
    description: `Publishes \`typing\` to the team; nothing is stored. ${notFound}`,
    parameters: [conversationIdParameter],
    requestBody: { schema: TypingRequest, example: { typing: true } },
    responses: { 204: { description: 'Published.' } },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/conversations/{conversationId}/read',
    operationId: 'markRead',
    tag: 'conversations',
    auth: 'session',
    summary: 'Mark messages read',
    description:
      'Everything up to and including `messageId` is read: `unreadCount` counts the bot and team messages ' +
      'after it. The position only moves forward (marking an older message changes nothing). The message ' +
      'must be one of this conversation (422 `validation_failed` at `/messageId` otherwise). Publishes ' +
      `\`read\` (reader \`visitor\`) to the team and \`conversation.updated\`. ${notFound}`,
    parameters: [conversationIdParameter],
    requestBody: { schema: ReadRequest, example: { messageId: exampleBotMessage.id } },
    responses: { 204: { description: 'Marked.' } },
    errors: [404],
  },
  {
    method: 'put',
    path: '/v1/conversations/{conversationId}/rating',
    operationId: 'rateConversation',
    tag: 'conversations',
    auth: 'session',
    summary: 'Rate a resolved conversation',
    description:
      'Only a resolved conversation can be rated (409 `conversation_not_resolved` otherwise). Rating ' +
      'again replaces the rating. The first rating adds a `rated` event message with the score. ' +
      `Publishes \`conversation.updated\`. ${notFound}`,
    parameters: [conversationIdParameter],
    requestBody: { schema: RatingRequest, example: { score: 5, comment: 'Quick and clear, thanks!' } },
    responses: {
      200: {
        description: 'The conversation with its rating.',
        schema: Conversation,
        example: {
          ...exampleConversation,
          status: 'resolved',
          unreadCount: 0,
          rating: { score: 5, comment: 'Quick and clear, thanks!', ratedAt: '2026-11-22T10:05:00.000Z' },
        },
      },
    },
    errors: [404, 409],
  },
];
