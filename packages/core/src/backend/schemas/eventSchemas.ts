import { boolean } from '../../schema/boolean';
import { nullable } from '../../schema/nullable';
import { object, type Shape } from '../../schema/object';
import { oneOf } from '../../schema/oneOf';
import { string } from '../../schema/string';
import { tagged } from '../../schema/tagged';
import { conversationSchema, messageSchema, participantSchema } from './conversationSchemas';
import { count, cursor, id } from './primitives';
import { ticketCommentSchema, ticketSchema } from './ticketSchemas';

const eventId = /* @__PURE__ */ string(64, 1);

/** The fields of a realtime event besides its `type`: `{ id, data }`. */
const event = <TData extends Shape>(data: TData) => ({ id: eventId, data: object(data) });

const messageData = { conversationId: id, message: messageSchema };

/**
 * `RealtimeEvent`: `schema` checks a known event strictly; `isKnown` tells the types we know from the
 * ones a newer backend may add (skipped, never an error); `list` drops the unknown ones from an array.
 * @internal
 */
export const realtimeEvents = /* @__PURE__ */ tagged('type', {
  'message.created': event(messageData),
  'message.updated': event(messageData),
  'conversation.updated': event({ conversation: conversationSchema }),
  typing: event({ conversationId: id, participant: participantSchema, typing: boolean }),
  read: event({ conversationId: id, reader: oneOf('visitor|team'), messageId: id }),
  'agent.presence': event({ agentsOnline: count }),
  'ticket.updated': event({ ticket: ticketSchema }),
  'ticket.comment.created': event({ ticketId: id, comment: ticketCommentSchema }),
  reset: event({ reason: oneOf('too_old|unknown_id') }),
});

/** `EventPollResponse` (`GET /v1/events/poll`): unknown event types are dropped. @internal */
export const eventPollResponseSchema = /* @__PURE__ */ object({
  data: realtimeEvents.list,
  nextCursor: nullable(cursor),
});
