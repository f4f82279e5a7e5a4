import Type, { type Static, type TSchema } from 'typebox';
import { Cursor, Nullable } from '../common/primitives';
import { Conversation, Message, Participant } from '../conversations/conversationSchemas';
import { Ticket, TicketComment } from '../tickets/ticketSchemas';

/** A realtime event schema: `{ id, type, data }`, named `id` in the OpenAPI components. */
function event<Name extends string, Data extends TSchema>(type: Name, data: Data, id: string) {
  return Type.Object(
    {
      id: Type.String({ description: 'Increasing event id; resume after it with `Last-Event-ID`.' }),
      type: Type.Literal(type),
      data,
    },
    { $id: id },
  );
}

/** A new message in one of the contact's conversations (the sender's own, echoed with its `clientMessageId`, included). */
export const MessageCreatedEvent = event(
  'message.created',
  Type.Object({ conversationId: Type.String(), message: Message }),
  'MessageCreatedEvent',
);
/** A message changed after it was sent. */
export const MessageUpdatedEvent = event(
  'message.updated',
  Type.Object({ conversationId: Type.String(), message: Message }),
  'MessageUpdatedEvent',
);
/** A conversation changed: status, assignee, read state, rating or its last message. */
export const ConversationUpdatedEvent = event(
  'conversation.updated',
  Type.Object({ conversation: Conversation }),
  'ConversationUpdatedEvent',
);
/** Someone started or stopped typing in a conversation. */
export const TypingEvent = event(
  'typing',
  Type.Object({ conversationId: Type.String(), participant: Participant, typing: Type.Boolean() }),
  'TypingEvent',
);
/** The visitor or the team read a conversation up to `messageId`. */
export const ReadEvent = event(
  'read',
  Type.Object({
    conversationId: Type.String(),
    reader: Type.Union([Type.Literal('visitor'), Type.Literal('team')]),
    messageId: Type.String(),
  }),
  'ReadEvent',
);
/** How many people of the team are connected. */
export const AgentPresenceEvent = event(
  'agent.presence',
  Type.Object({ agentsOnline: Type.Integer({ minimum: 0 }) }),
  'AgentPresenceEvent',
);
/** A ticket of the contact changed (its status, most often). */
export const TicketUpdatedEvent = event(
  'ticket.updated',
  Type.Object({ ticket: Ticket }),
  'TicketUpdatedEvent',
);
/** A new comment in a ticket's thread, from either side. */
export const TicketCommentCreatedEvent = event(
  'ticket.comment.created',
  Type.Object({ ticketId: Type.String(), comment: TicketComment }),
  'TicketCommentCreatedEvent',
);
/**
 * The server cannot replay from the id the client gave (too old, or unknown): the client must reload
 * what it shows (by cursor) and continue from this event's id.
 */
export const ResetEvent = event(
  'reset',
  Type.Object({ reason: Type.Union([Type.Literal('too_old'), Type.Literal('unknown_id')]) }),
  'ResetEvent',
);

/**
 * Every realtime event. Over Server-Sent Events each arrives as `id: <id>`, `event: <type>` and
 * `data: <the whole object as JSON>`. Clients ignore types they do not know.
 */
export const RealtimeEvent = Type.Union(
  [
    MessageCreatedEvent,
    MessageUpdatedEvent,
    ConversationUpdatedEvent,
    TypingEvent,
    ReadEvent,
    AgentPresenceEvent,
    TicketUpdatedEvent,
    TicketCommentCreatedEvent,
    ResetEvent,
  ],
  { $id: 'RealtimeEvent' },
);

/** `GET /v1/events/poll`: the events after `after`, waiting up to `timeout` seconds for the first. */
export const EventPollResponse = Type.Object(
  {
    data: Type.Array(RealtimeEvent),
    nextCursor: Nullable(Cursor),
  },
  { $id: 'EventPollResponse' },
);

export type MessageCreatedEvent = Static<typeof MessageCreatedEvent>;
export type MessageUpdatedEvent = Static<typeof MessageUpdatedEvent>;
export type ConversationUpdatedEvent = Static<typeof ConversationUpdatedEvent>;
export type TypingEvent = Static<typeof TypingEvent>;
export type ReadEvent = Static<typeof ReadEvent>;
export type AgentPresenceEvent = Static<typeof AgentPresenceEvent>;
export type TicketUpdatedEvent = Static<typeof TicketUpdatedEvent>;
export type TicketCommentCreatedEvent = Static<typeof TicketCommentCreatedEvent>;
export type ResetEvent = Static<typeof ResetEvent>;
export type RealtimeEvent = Static<typeof RealtimeEvent>;
/** The `type` of every realtime event, such as `message.created`. */
export type RealtimeEventType = RealtimeEvent['type'];
export type EventPollResponse = Static<typeof EventPollResponse>;
