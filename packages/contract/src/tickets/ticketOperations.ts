import Type from 'typebox';
import { Cursor } from '../common/primitives';
import type { OperationSpec, ParameterSpec } from '../openApi/OperationSpec';
import {
  CreatedTicket,
  CreateTicketRequest,
  Ticket,
  TicketComment,
  TicketCommentPage,
  TicketLookupRequest,
  TicketLookupResponse,
  TicketPage,
  TicketReplyRequest,
} from './ticketSchemas';

/** Path parameter of one ticket. @internal */
export const ticketIdParameter: ParameterSpec = {
  name: 'ticketId',
  in: 'path',
  description: 'The ticket id (`tkt_…`), from creating or looking up the ticket.',
  schema: Type.String({ minLength: 1, maxLength: 100 }),
  example: 'tkt_Xb9Qv2LmR4tW8kZp',
};

/** `?cursor` of a ticket list. @internal */
export const ticketCursorParameter: ParameterSpec = {
  name: 'cursor',
  in: 'query',
  description: 'The `nextCursor` of the previous page; omit it for the first page.',
  schema: Cursor,
  example: 'dGlja2V0cy4xNzkyNjY1MDAwMDAwLjQy',
};

/** `?limit` of a ticket list. @internal */
export const ticketLimitParameter: ParameterSpec = {
  name: 'limit',
  in: 'query',
  description: 'Items per page, 1 to 100. Default 50.',
  schema: Type.Integer({ minimum: 1, maximum: 100 }),
  example: 20,
};

/** The demo ticket `PRL-4821`, as its requester sees it. @internal */
export const exampleTicket = {
  id: 'tkt_Xb9Qv2LmR4tW8kZp',
  reference: 'PRL-4821',
  subject: "Notes from my iPad aren't showing up on my laptop",
  status: 'waiting_on_customer',
  statusHistory: [
    { status: 'received', at: '2026-10-27T08:42:13.000Z' },
    { status: 'open', at: '2026-10-27T10:05:31.000Z' },
    { status: 'waiting_on_customer', at: '2026-10-27T10:18:40.000Z' },
  ],
  requester: { name: 'Ada Okafor', email: 'ada@example.com' },
  commentCount: 2,
  createdAt: '2026-10-27T08:42:13.000Z',
  updatedAt: '2026-10-27T10:18:40.000Z',
};

/** A reply from the team in `PRL-4821`. @internal */
export const exampleTicketComment = {
  id: 'tcm_Hk3Lw9Pq2Zr7Ty1V',
  ticketId: 'tkt_Xb9Qv2LmR4tW8kZp',
  author: { kind: 'agent', id: null, name: 'Priya from Lumen', avatarUrl: null },
  text:
    'Hi Ada, thanks for the details. Could you open **Settings** > **Sync** on the iPad and tell me which ' +
    'note is listed under **Show pending changes**?',
  attachments: [],
  createdAt: '2026-10-27T10:18:40.000Z',
};

const newTicket = {
  id: 'tkt_Qm3xT8vN2pLw6RzK',
  reference: 'PRL-507318',
  subject: 'Export to PDF cuts off the last page',
  status: 'received',
  statusHistory: [{ status: 'received', at: '2026-11-22T21:04:09.000Z' }],
  requester: { name: 'Noor Haddad', email: 'noor@example.com' },
  commentCount: 1,
  createdAt: '2026-11-22T21:04:09.000Z',
  updatedAt: '2026-11-22T21:04:09.000Z',
};

const customerReply = {
  id: 'tcm_Vd8Ks2Nw5Qx1Lp7M',
  ticketId: 'tkt_Xb9Qv2LmR4tW8kZp',
  author: { kind: 'visitor', id: 'ctc_Fq2Wm8Zr1Tn6', name: 'Ada Okafor', avatarUrl: null },
  text: 'It is "Trip to Lisbon", with a 48 MB video in it.',
  attachments: [
    {
      id: 'att_3Gq9Lm2Vx8',
      name: 'pending-changes.png',
      contentType: 'image/png',
      size: 184220,
      url: '/v1/attachments/att_3Gq9Lm2Vx8/content',
      createdAt: '2026-10-27T11:02:51.000Z',
    },
  ],
  createdAt: '2026-10-27T11:03:05.000Z',
};

const accessRule =
  'Readable by the contact that created it, and by any contact whose session looked it up with ' +
  '`POST /v1/tickets/lookup` (access stays with the contact, so it survives reloads that resume the session). ' +
  'Anyone else gets the same 404 `ticket_not_found` as for an id that does not exist.';

/**
 * Operations of tickets: the offline form, ticket lookup, the identified user's list and ticket threads.
 * @internal
 */
export const ticketOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/tickets',
    operationId: 'listTickets',
    tag: 'tickets',
    auth: 'session',
    summary: "The identified user's tickets",
    description:
      'Tickets created by this contact, newest first. Only for an identified user (`contact.kind` is ' +
      '`user`, after `POST /v1/session/identify`): an anonymous visitor gets 403 `identity_required` and ' +
      'finds a ticket with `POST /v1/tickets/lookup` instead. Tickets a visitor created before identifying ' +
      'move to the user.',
    parameters: [ticketCursorParameter, ticketLimitParameter],
    responses: {
      200: {
        description: 'One page of tickets.',
        schema: TicketPage,
        example: { data: [exampleTicket], nextCursor: null },
      },
    },
    errors: [400, 403],
  },
  {
    method: 'post',
    path: '/v1/tickets',
    operationId: 'createTicket',
    tag: 'tickets',
    auth: 'session',
    summary: 'Create a ticket (the offline form)',
    description:
      'Anonymous visitors may create tickets. The ticket starts `received`, with the message as its first ' +
      'comment. Its `reference` is `PRL-` and 4 to 6 random digits (never sequential), unique in the ' +
      'widget. The answer carries an `accessKey`, which opens the ticket with its reference and without the ' +
      'email: it is shown **once** (the server keeps only its hash; an idempotent replay repeats it), so ' +
      "show it to the customer or put it in a link. `fields` answers the extra fields of the widget's " +
      'offline form (`forms.offline` of the widget config): required ones must be answered, a `select` with ' +
      'one of its options, and fields the form does not have are refused (422 at `/fields/<name>`). ' +
      'Attachments must have been uploaded by this contact ' +
      "(`POST /v1/attachments`); an unknown id or another contact's file is 422 `validation_failed` at " +
      '`/attachmentIds/<index>`. Publishes `ticket.updated`.',
    requestBody: {
      schema: CreateTicketRequest,
      example: {
        email: 'noor@example.com',
        name: 'Noor Haddad',
        subject: 'Export to PDF cuts off the last page',
        message: 'When I export a notebook to PDF, the last page is missing. It happens with every notebook.',
        fields: { plan: 'plus' },
        context: { pageUrl: 'https://lumen.example/app/export', locale: 'en' },
      },
    },
    idempotent: true,
    responses: {
      201: {
        description: 'The ticket, and its access key (this once).',
        schema: CreatedTicket,
        example: { ticket: newTicket, accessKey: 'wq3Zf8Lr2Nt6Kp1Vx9Bm4Hs7Dj5Gc0Ya' },
        headers: { Location: 'The URL of the new ticket.' },
      },
    },
    errors: [503],
  },
  {
    method: 'post',
    path: '/v1/tickets/lookup',
    operationId: 'lookupTicket',
    tag: 'tickets',
    auth: 'session',
    summary: 'Find a ticket by its reference and email, or reference and access key',
    description:
      'The reference is matched without regard to case and spaces, the email without regard to case and ' +
      'surrounding spaces; the access key exactly. **Privacy:** a reference that does not exist, a wrong ' +
      'email and a wrong access key all get the identical 404 `ticket_not_found` (same body, same headers), ' +
      'so the answer never says whether a reference exists or whose it is. **Rate limits**, checked before ' +
      'anything is looked up, each answered with 429 `rate_limited`, `Retry-After` and `retryAfterSeconds`: ' +
      'lookups per client (the session contact, and the client address a proxy reports) per minute ' +
      '(reference server: 10), and failed lookups per reference per 15 minutes (reference server: 5), counted ' +
      "for references that do not exist too. On success this session's contact may read and reply to the " +
      'ticket from then on.',
    requestBody: {
      schema: TicketLookupRequest,
      example: { reference: 'PRL-4821', email: 'ada@example.com' },
    },
    responses: {
      200: {
        description: 'The ticket.',
        schema: TicketLookupResponse,
        example: { ticket: exampleTicket },
      },
    },
    errors: [404, 429],
  },
  {
    method: 'get',
    path: '/v1/tickets/{ticketId}',
    operationId: 'getTicket',
    tag: 'tickets',
    auth: 'session',
    summary: 'A ticket with its status history',
    description: accessRule,
    parameters: [ticketIdParameter],
    responses: {
      200: { description: 'The ticket.', schema: Ticket, example: exampleTicket },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/tickets/{ticketId}/comments',
    operationId: 'listTicketComments',
    tag: 'tickets',
    auth: 'session',
    summary: "A ticket's thread, oldest first",
    description: `The first message and every reply from either side, oldest first. ${accessRule}`,
    parameters: [ticketIdParameter, ticketCursorParameter, ticketLimitParameter],
    responses: {
      200: {
        description: 'One page of comments.',
        schema: TicketCommentPage,
        example: { data: [exampleTicketComment], nextCursor: null },
      },
    },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/tickets/{ticketId}/comments',
    operationId: 'replyToTicket',
    tag: 'tickets',
    auth: 'session',
    summary: 'Reply to a ticket',
    description:
      'A reply from the customer. It moves a `waiting_on_customer` or `solved` ticket back to `open` (a ' +
      'status history entry) and leaves `received` and `open` as they are. A `closed` ticket takes no ' +
      'replies: 409 `conflict` (the customer opens a new ticket). Attachments follow the rules of ' +
      "`createTicket`. Publishes `ticket.comment.created` and `ticket.updated` to the ticket's contacts and " +
      `the team. ${accessRule}`,
    parameters: [ticketIdParameter],
    requestBody: {
      schema: TicketReplyRequest,
      example: {
        text: 'It is "Trip to Lisbon", with a 48 MB video in it.',
        attachmentIds: ['att_3Gq9Lm2Vx8'],
      },
    },
    idempotent: true,
    responses: {
      201: { description: 'The new comment.', schema: TicketComment, example: customerReply },
    },
    errors: [404, 409],
  },
];
