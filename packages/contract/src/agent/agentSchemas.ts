import Type, { type Static } from 'typebox';
import { Nullable, Page, prefixedId, SafeUrl, Timestamp } from '../common/primitives';
import { Conversation, MessagePart } from '../conversations/conversationSchemas';
import { Contact } from '../session/sessionSchemas';
import { Ticket, TicketStatus } from '../tickets/ticketSchemas';

/** A conversation as the team sees it: with its contact and whether they are connected right now. */
export const AgentConversation = Type.Object(
  {
    widgetKey: Type.String(),
    conversation: Conversation,
    contact: Contact,
    visitorOnline: Type.Boolean(),
  },
  { $id: 'AgentConversation' },
);

/** Who on the team is writing; the server's default agent when omitted. */
export const AgentAuthor = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    avatarUrl: Type.Optional(SafeUrl),
  },
  { $id: 'AgentAuthor', additionalProperties: false },
);

/** `POST /v1/agent/conversations/{id}/messages`. */
export const AgentMessageRequest = Type.Object(
  {
    text: Type.String({ maxLength: 10000 }),
    parts: Type.Optional(Type.Array(MessagePart, { maxItems: 10 })),
    author: Type.Optional(AgentAuthor),
    clientMessageId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
    ),
  },
  { $id: 'AgentMessageRequest', additionalProperties: false },
);

/** `PUT /v1/agent/conversations/{id}/status`. */
export const ConversationStatusRequest = Type.Object(
  {
    status: Type.Union([Type.Literal('open'), Type.Literal('resolved')]),
    author: Type.Optional(AgentAuthor),
  },
  { $id: 'ConversationStatusRequest', additionalProperties: false },
);

/** A ticket as the team sees it. */
export const AgentTicket = Type.Object({ widgetKey: Type.String(), ticket: Ticket }, { $id: 'AgentTicket' });

/** `PUT /v1/agent/tickets/{id}/status`. */
export const TicketStatusRequest = Type.Object(
  { status: TicketStatus },
  { $id: 'TicketStatusRequest', additionalProperties: false },
);

/** `POST /v1/agent/tickets/{id}/comments`. */
export const AgentCommentRequest = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 10000 }), author: Type.Optional(AgentAuthor) },
  { $id: 'AgentCommentRequest', additionalProperties: false },
);

/**
 * An email the server would have sent (the reference server records them instead): a reply arrived while
 * the visitor was away. `link` reopens the conversation in the widget, once, before it expires.
 */
export const OutboxEmail = Type.Object(
  {
    id: prefixedId('eml', 'Outbox email id.'),
    widgetKey: Type.String(),
    to: Type.String(),
    subject: Type.String(),
    text: Type.String(),
    link: Type.String(),
    linkExpiresAt: Timestamp,
    conversationId: Type.String(),
    createdAt: Timestamp,
    usedAt: Nullable(Timestamp),
  },
  { $id: 'OutboxEmail' },
);

/** `GET /v1/agent/conversations`: conversations of every contact, the most recently updated first. */
export const AgentConversationPage = Page(AgentConversation, 'AgentConversationPage');

/** `GET /v1/agent/outbox`: recorded emails, newest first. */
export const OutboxEmailPage = Page(OutboxEmail, 'OutboxEmailPage');

export type AgentConversation = Static<typeof AgentConversation>;
export type AgentAuthor = Static<typeof AgentAuthor>;
export type AgentMessageRequest = Static<typeof AgentMessageRequest>;
export type ConversationStatusRequest = Static<typeof ConversationStatusRequest>;
export type AgentTicket = Static<typeof AgentTicket>;
export type TicketStatusRequest = Static<typeof TicketStatusRequest>;
export type AgentCommentRequest = Static<typeof AgentCommentRequest>;
export type OutboxEmail = Static<typeof OutboxEmail>;
export type AgentConversationPage = Static<typeof AgentConversationPage>;
export type OutboxEmailPage = Static<typeof OutboxEmailPage>;
