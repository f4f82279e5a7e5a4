import Type, { type Static } from 'typebox';
import { Attachment, AttachmentIds } from '../attachments/attachmentSchemas';
import { Nullable, Page, prefixedId, SafeUrl, Timestamp } from '../common/primitives';
import { Attributes } from '../session/sessionSchemas';

/** Who wrote a message or did something: the visitor, a bot, a person on the team, or the system. */
export const Participant = Type.Object(
  {
    kind: Type.Union([
      Type.Literal('visitor'),
      Type.Literal('bot'),
      Type.Literal('agent'),
      Type.Literal('system'),
    ]),
    id: Nullable(Type.String()),
    name: Type.String(),
    avatarUrl: Nullable(SafeUrl),
  },
  { $id: 'Participant' },
);

/** What tapping a quick reply does. */
export const QuickReplyAction = Type.Union(
  [
    Type.Object({ type: Type.Literal('reply'), text: Type.String() }),
    Type.Object({ type: Type.Literal('url'), url: SafeUrl }),
    Type.Object({ type: Type.Literal('handoff') }),
  ],
  { $id: 'QuickReplyAction' },
);

/** Buttons under a bot or agent message: send a reply, open a link, or ask for a person. */
export const QuickRepliesPart = Type.Object(
  {
    type: Type.Literal('quick_replies'),
    replies: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), action: QuickReplyAction }), {
      minItems: 1,
      maxItems: 10,
    }),
  },
  { $id: 'QuickRepliesPart' },
);

/** A card with a title, text, image and link. */
export const CardPart = Type.Object(
  {
    type: Type.Literal('card'),
    title: Type.String(),
    text: Nullable(Type.String()),
    imageUrl: Nullable(SafeUrl),
    url: Nullable(SafeUrl),
  },
  { $id: 'CardPart' },
);

/** A card that opens a knowledge-base article. */
export const ArticlePart = Type.Object(
  {
    type: Type.Literal('article'),
    articleId: Type.String(),
    title: Type.String(),
    snippet: Nullable(Type.String()),
  },
  { $id: 'ArticlePart' },
);

/** Something that happened in the conversation, shown in the timeline. */
export const EventPart = Type.Object(
  {
    type: Type.Literal('event'),
    event: Type.Union([
      Type.Literal('assigned'),
      Type.Literal('handoff_requested'),
      Type.Literal('resolved'),
      Type.Literal('reopened'),
      Type.Literal('rated'),
    ]),
    assignee: Type.Optional(Participant),
    score: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  },
  { $id: 'EventPart' },
);

/** Structured content beyond text. Clients ignore part types they do not know. */
export const MessagePart = Type.Union([QuickRepliesPart, CardPart, ArticlePart, EventPart], {
  $id: 'MessagePart',
});

/** One message in a conversation's timeline. */
export const Message = Type.Object(
  {
    id: prefixedId('msg', 'Message id.'),
    conversationId: Type.String(),
    clientMessageId: Nullable(Type.String({ description: 'The id the sender chose, echoed back.' })),
    author: Participant,
    text: Type.String({
      description: 'Markdown (a small subset: emphasis, code, links, lists). May be empty.',
    }),
    parts: Type.Array(MessagePart),
    attachments: Type.Array(Attachment),
    createdAt: Timestamp,
  },
  { $id: 'Message' },
);

/** What the customer was doing when they wrote: travels with the conversation so nobody asks again. */
export const ConversationContext = Type.Object(
  {
    pageUrl: Type.Optional(Type.String({ maxLength: 2048 })),
    pageTitle: Type.Optional(Type.String({ maxLength: 500 })),
    referrer: Type.Optional(Type.String({ maxLength: 2048 })),
    locale: Type.Optional(Type.String({ maxLength: 35 })),
    timeZone: Type.Optional(
      Type.String({ maxLength: 64, description: 'IANA time zone of the visitor, such as `Europe/Paris`.' }),
    ),
    attributes: Type.Optional(Attributes),
    recentSearches: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 })),
    viewedArticleIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
  },
  { $id: 'ConversationContext', additionalProperties: false },
);

/** A rating of a resolved conversation. */
export const Rating = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Nullable(Type.String()),
    ratedAt: Timestamp,
  },
  { $id: 'Rating' },
);

/** A conversation as its visitor sees it. */
export const Conversation = Type.Object(
  {
    id: prefixedId('cnv', 'Conversation id.'),
    status: Type.Union([Type.Literal('open'), Type.Literal('resolved')]),
    assignee: Nullable(Participant),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    lastMessage: Nullable(Message),
    unreadCount: Type.Integer({
      minimum: 0,
      description: 'Messages from the team the visitor has not read.',
    }),
    lastReadByTeam: Nullable(
      Type.String({ description: 'Id of the last visitor message the team has read.' }),
    ),
    rating: Nullable(Rating),
    context: ConversationContext,
  },
  { $id: 'Conversation' },
);

/** A new message: text and/or attachments, with the sender's own id for exactly-once delivery. */
export const SendMessageRequest = Type.Object(
  {
    clientMessageId: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Chosen by the client, unique per message; retries reuse it.',
    }),
    text: Type.String({ maxLength: 10000 }),
    attachmentIds: Type.Optional(AttachmentIds),
    quickReplyId: Type.Optional(
      Type.String({ maxLength: 100, description: 'The quick reply tapped, if any.' }),
    ),
  },
  { $id: 'SendMessageRequest', additionalProperties: false },
);

/** `POST /v1/conversations`. */
export const CreateConversationRequest = Type.Object(
  {
    message: Type.Optional(SendMessageRequest),
    context: Type.Optional(ConversationContext),
  },
  { $id: 'CreateConversationRequest', additionalProperties: false },
);

/** `POST /v1/conversations/{id}/typing`. */
export const TypingRequest = Type.Object(
  { typing: Type.Boolean() },
  { $id: 'TypingRequest', additionalProperties: false },
);

/** `POST /v1/conversations/{id}/read`: everything up to and including this message is read. */
export const ReadRequest = Type.Object(
  { messageId: Type.String({ minLength: 1, maxLength: 100 }) },
  { $id: 'ReadRequest', additionalProperties: false },
);

/** `PUT /v1/conversations/{id}/rating`. */
export const RatingRequest = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { $id: 'RatingRequest', additionalProperties: false },
);

/** `GET /v1/conversations`: the session's conversations, the most recently updated first. */
export const ConversationPage = Page(Conversation, 'ConversationPage');

/**
 * `GET /v1/conversations/{id}/messages`: one page of messages, always in chronological order (oldest
 * first). `nextCursor` continues in the direction the page was asked for.
 */
export const MessagePage = Page(Message, 'MessagePage');

export type Participant = Static<typeof Participant>;
export type QuickReplyAction = Static<typeof QuickReplyAction>;
export type QuickRepliesPart = Static<typeof QuickRepliesPart>;
export type CardPart = Static<typeof CardPart>;
export type ArticlePart = Static<typeof ArticlePart>;
export type EventPart = Static<typeof EventPart>;
export type MessagePart = Static<typeof MessagePart>;
export type Message = Static<typeof Message>;
export type ConversationContext = Static<typeof ConversationContext>;
export type Rating = Static<typeof Rating>;
export type Conversation = Static<typeof Conversation>;
export type SendMessageRequest = Static<typeof SendMessageRequest>;
export type CreateConversationRequest = Static<typeof CreateConversationRequest>;
export type TypingRequest = Static<typeof TypingRequest>;
export type ReadRequest = Static<typeof ReadRequest>;
export type RatingRequest = Static<typeof RatingRequest>;
export type ConversationPage = Static<typeof ConversationPage>;
export type MessagePage = Static<typeof MessagePage>;
