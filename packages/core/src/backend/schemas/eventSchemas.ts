import * as v from 'valibot';
import { conversationSchema, messageSchema, participantSchema } from './conversationSchemas';
import { count, cursor, id, knownOnly } from './primitives';
import { ticketCommentSchema, ticketSchema } from './ticketSchemas';

const eventId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** A realtime event: `{ id, type, data }`. */
const event = <TType extends string, TData extends v.ObjectEntries>(type: TType, data: TData) =>
  v.object({ id: eventId, type: v.literal(type), data: v.object(data) });

const messageData = { conversationId: id, message: messageSchema };

/**
 * `RealtimeEvent`: `schema` checks a known event strictly; `isKnown` tells the types we know from the
 * ones a newer backend may add (skipped, never an error); `list` drops the unknown ones from an array.
 * @internal
 */
export const realtimeEvents = knownOnly([
  event('message.created', messageData),
  event('message.updated', messageData),
  event('conversation.updated', { conversation: conversationSchema }),
  event('typing', { conversationId: id, participant: participantSchema, typing: v.boolean() }),
  event('read', { conversationId: id, reader: v.picklist(['visitor', 'team']), messageId: id }),
  event('agent.presence', { agentsOnline: count }),
  event('ticket.updated', { ticket: ticketSchema }),
  event('ticket.comment.created', { ticketId: id, comment: ticketCommentSchema }),
  event('reset', { reason: v.picklist(['too_old', 'unknown_id']) }),
]);

/** `EventPollResponse` (`GET /v1/events/poll`): unknown event types are dropped. @internal */
export const eventPollResponseSchema = v.object({
  data: realtimeEvents.list,
  nextCursor: v.nullable(cursor),
});
