import Type, { type Static } from 'typebox';
import { Attachment, AttachmentIds } from '../attachments/attachmentSchemas';
import { Nullable, Page, prefixedId, Timestamp } from '../common/primitives';
import { ConversationContext, Participant } from '../conversations/conversationSchemas';

/** Where a ticket is: received → open → waiting on you → solved → closed. */
export const TicketStatus = Type.Union(
  [
    Type.Literal('received'),
    Type.Literal('open'),
    Type.Literal('waiting_on_customer'),
    Type.Literal('solved'),
    Type.Literal('closed'),
  ],
  { $id: 'TicketStatus' },
);

/** A ticket as its requester sees it. */
export const Ticket = Type.Object(
  {
    id: prefixedId('tkt', 'Ticket id.'),
    reference: Type.String({ pattern: '^[A-Z]{2,5}-[0-9]{4,8}$', examples: ['PRL-4821'] }),
    subject: Type.String(),
    status: TicketStatus,
    statusHistory: Type.Array(Type.Object({ status: TicketStatus, at: Timestamp }), {
      description: 'Every status the ticket has had, oldest first.',
    }),
    requester: Type.Object({ name: Nullable(Type.String()), email: Type.String() }),
    commentCount: Type.Integer({ minimum: 0 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Ticket' },
);

/** A comment in a ticket's thread: the first message, replies from either side. */
export const TicketComment = Type.Object(
  {
    id: prefixedId('tcm', 'Ticket comment id.'),
    ticketId: Type.String(),
    author: Participant,
    text: Type.String({ description: 'Markdown.' }),
    attachments: Type.Array(Attachment),
    createdAt: Timestamp,
  },
  { $id: 'TicketComment' },
);

/** `POST /v1/tickets`: the offline form. */
export const CreateTicketRequest = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    message: Type.String({ minLength: 1, maxLength: 10000 }),
    attachmentIds: Type.Optional(AttachmentIds),
    fields: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 2000 }), { maxProperties: 20 }),
    ),
    context: Type.Optional(ConversationContext),
  },
  { $id: 'CreateTicketRequest', additionalProperties: false },
);

/** A new ticket and its access key: show the key once, it opens the ticket without the email. */
export const CreatedTicket = Type.Object(
  { ticket: Ticket, accessKey: Type.String({ minLength: 20 }) },
  { $id: 'CreatedTicket' },
);

/** `POST /v1/tickets/lookup`: the reference with the requester's email, or with the access key. */
export const TicketLookupRequest = Type.Union(
  [
    Type.Object(
      {
        reference: Type.String({ minLength: 1, maxLength: 40 }),
        email: Type.String({ minLength: 1, maxLength: 320 }),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        reference: Type.String({ minLength: 1, maxLength: 40 }),
        accessKey: Type.String({ minLength: 1, maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
  ],
  { $id: 'TicketLookupRequest' },
);

/** `POST /v1/tickets/{id}/comments`: a reply from the requester. */
export const TicketReplyRequest = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 10000 }),
    attachmentIds: Type.Optional(AttachmentIds),
  },
  { $id: 'TicketReplyRequest', additionalProperties: false },
);

/** `POST /v1/tickets/lookup`: the ticket, now readable (and answerable) by this session's contact. */
export const TicketLookupResponse = Type.Object({ ticket: Ticket }, { $id: 'TicketLookupResponse' });

/** `GET /v1/tickets`: the identified user's tickets, newest first. */
export const TicketPage = Page(Ticket, 'TicketPage');

/** `GET /v1/tickets/{ticketId}/comments`: a ticket's thread, oldest first. */
export const TicketCommentPage = Page(TicketComment, 'TicketCommentPage');

export type TicketStatus = Static<typeof TicketStatus>;
export type Ticket = Static<typeof Ticket>;
export type TicketComment = Static<typeof TicketComment>;
export type CreateTicketRequest = Static<typeof CreateTicketRequest>;
export type CreatedTicket = Static<typeof CreatedTicket>;
export type TicketLookupRequest = Static<typeof TicketLookupRequest>;
export type TicketReplyRequest = Static<typeof TicketReplyRequest>;
export type TicketLookupResponse = Static<typeof TicketLookupResponse>;
export type TicketPage = Static<typeof TicketPage>;
export type TicketCommentPage = Static<typeof TicketCommentPage>;
