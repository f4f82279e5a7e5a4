import { array } from '../../schema/array';
import { nullable } from '../../schema/nullable';
import { object } from '../../schema/object';
import { oneOf } from '../../schema/oneOf';
import { string } from '../../schema/string';
import { attachmentSchema, participantSchema } from './conversationSchemas';
import { count, email, id, name, page, text, timestamp, title } from './primitives';

const status = /* @__PURE__ */ oneOf('received|open|waiting_on_customer|solved|closed');

/** `Ticket`. @internal */
export const ticketSchema = /* @__PURE__ */ object({
  id,
  reference: name,
  subject: title,
  status,
  statusHistory: array(object({ status, at: timestamp })),
  requester: object({ name: nullable(name), email }),
  commentCount: count,
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** `CreatedTicket` (`POST /v1/tickets`): the ticket and its access key. @internal */
export const createdTicketSchema = /* @__PURE__ */ object({
  ticket: ticketSchema,
  accessKey: string(200, 20),
});

/** `TicketLookupResponse` (`POST /v1/tickets/lookup`). @internal */
export const ticketLookupSchema = /* @__PURE__ */ object({ ticket: ticketSchema });

/** `TicketComment`. @internal */
export const ticketCommentSchema = /* @__PURE__ */ object({
  id,
  ticketId: id,
  author: participantSchema,
  text,
  attachments: array(attachmentSchema),
  createdAt: timestamp,
});

/** `TicketPage` (`GET /v1/tickets`). @internal */
export const ticketPageSchema = /* @__PURE__ */ page(ticketSchema);

/** `TicketCommentPage` (`GET /v1/tickets/{id}/comments`). @internal */
export const ticketCommentPageSchema = /* @__PURE__ */ page(ticketCommentSchema);
