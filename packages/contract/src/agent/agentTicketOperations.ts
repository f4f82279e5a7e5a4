import Type, { type Static } from 'typebox';
import { Page } from '../common/primitives';
import type { OperationSpec } from '../openApi/OperationSpec';
import {
  exampleTicket,
  exampleTicketComment,
  ticketCursorParameter,
  ticketIdParameter,
  ticketLimitParameter,
} from '../tickets/ticketOperations';
import { TicketComment, TicketCommentPage, TicketStatus } from '../tickets/ticketSchemas';
import { AgentCommentRequest, AgentTicket, TicketStatusRequest } from './agentSchemas';

/** `GET /v1/agent/tickets`: tickets of every widget, newest first. */
export const AgentTicketPage = Page(AgentTicket, 'AgentTicketPage');
export type AgentTicketPage = Static<typeof AgentTicketPage>;

const exampleAgentTicket = { widgetKey: 'wk_demo', ticket: exampleTicket };

const statusMachine =
  'Statuses: `received` (new) → `open` → `waiting_on_customer` → `solved` → `closed`. The team may set ' +
  '`open`, `waiting_on_customer`, `solved` or `closed` from any status except `closed`, which is final ' +
  '(409 `conflict`); nothing goes back to `received` (409). Setting the status a ticket already has changes ' +
  'nothing and adds no history entry. A reply from the team moves `received` and `open` to ' +
  '`waiting_on_customer`; a reply from the customer moves `waiting_on_customer` and `solved` back to `open`.';

const publishes =
  "Publishes `ticket.updated` (and `ticket.comment.created` for a comment) to the ticket's contact, the " +
  'contacts that looked it up, and the team.';

/**
 * Operations of the team's side of tickets, spread into `agentOperations`.
 * @internal
 */
export const agentTicketOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/agent/tickets',
    operationId: 'agentListTickets',
    tag: 'agent',
    auth: 'agent',
    summary: 'Tickets of every widget, newest first',
    parameters: [
      {
        name: 'status',
        in: 'query',
        description: 'Only tickets with this status.',
        schema: TicketStatus,
        example: 'open',
      },
      {
        name: 'widgetKey',
        in: 'query',
        description: 'Only tickets of this widget.',
        schema: Type.String({ minLength: 1, maxLength: 200 }),
        example: 'wk_demo',
      },
      ticketCursorParameter,
      ticketLimitParameter,
    ],
    responses: {
      200: {
        description: 'One page of tickets.',
        schema: AgentTicketPage,
        example: { data: [exampleAgentTicket], nextCursor: null },
      },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/agent/tickets/{ticketId}',
    operationId: 'agentGetTicket',
    tag: 'agent',
    auth: 'agent',
    summary: 'A ticket',
    parameters: [ticketIdParameter],
    responses: {
      200: { description: 'The ticket and its widget.', schema: AgentTicket, example: exampleAgentTicket },
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/agent/tickets/{ticketId}/comments',
    operationId: 'agentListTicketComments',
    tag: 'agent',
    auth: 'agent',
    summary: "A ticket's thread, oldest first",
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
    method: 'put',
    path: '/v1/agent/tickets/{ticketId}/status',
    operationId: 'agentSetTicketStatus',
    tag: 'agent',
    auth: 'agent',
    summary: "Change a ticket's status",
    description: `${statusMachine} ${publishes} (Only when the status changed.)`,
    parameters: [ticketIdParameter],
    requestBody: { schema: TicketStatusRequest, example: { status: 'solved' } },
    responses: {
      200: {
        description: 'The ticket as it is now.',
        schema: AgentTicket,
        example: {
          widgetKey: 'wk_demo',
          ticket: {
            ...exampleTicket,
            status: 'solved',
            statusHistory: [
              ...exampleTicket.statusHistory,
              { status: 'solved', at: '2026-10-29T09:12:00.000Z' },
            ],
            updatedAt: '2026-10-29T09:12:00.000Z',
          },
        },
      },
    },
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/v1/agent/tickets/{ticketId}/comments',
    operationId: 'agentCommentOnTicket',
    tag: 'agent',
    auth: 'agent',
    summary: 'Reply to a ticket as the team',
    description:
      `The author is \`author\`, or the widget's default agent ("<brand> Support"). ${statusMachine} ` +
      `A closed ticket takes no replies (409 \`conflict\`). ${publishes}`,
    parameters: [ticketIdParameter],
    requestBody: {
      schema: AgentCommentRequest,
      example: {
        text: 'Thanks Ada! A video that large waits for Wi-Fi; connect the iPad to Wi-Fi and it will sync.',
        author: { name: 'Priya from Lumen' },
      },
    },
    idempotent: true,
    responses: {
      201: {
        description: 'The new comment.',
        schema: TicketComment,
        example: {
          ...exampleTicketComment,
          id: 'tcm_Rp4Nz8Wx2Kd6Lm3Q',
          text: 'Thanks Ada! A video that large waits for Wi-Fi; connect the iPad to Wi-Fi and it will sync.',
          createdAt: '2026-10-27T11:20:00.000Z',
        },
      },
    },
    errors: [404, 409],
  },
];
