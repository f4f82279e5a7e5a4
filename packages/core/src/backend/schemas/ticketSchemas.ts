import * as v from 'valibot';
import { attachmentSchema, participantSchema } from './conversationSchemas';
import { count, email, id, name, page, text, timestamp, title } from './primitives';

const status = v.picklist(['received', 'open', 'waiting_on_customer', 'solved', 'closed']);

/** `Ticket`. @internal */
export const ticketSchema = v.object({
  id,
  reference: name,
  subject: title,
  status,
  statusHistory: v.array(v.object({ status, at: timestamp })),
  requester: v.object({ name: v.nullable(name), email }),
  commentCount: count,
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** `CreatedTicket` (`POST /v1/tickets`): the ticket and its access key. @internal */
export const createdTicketSchema = v.object({
  ticket: ticketSchema,
  accessKey: v.pipe(v.string(), v.minLength(20), v.maxLength(200)),
});

/** `TicketLookupResponse` (`POST /v1/tickets/lookup`). @internal */
export const ticketLookupSchema = v.object({ ticket: ticketSchema });

/** `TicketComment`. @internal */
export const ticketCommentSchema = v.object({
  id,
  ticketId: id,
  author: participantSchema,
  text,
  attachments: v.array(attachmentSchema),
  createdAt: timestamp,
});

/** `TicketPage` (`GET /v1/tickets`). @internal */
export const ticketPageSchema = page(ticketSchema);

/** `TicketCommentPage` (`GET /v1/tickets/{id}/comments`). @internal */
export const ticketCommentPageSchema = page(ticketCommentSchema);
