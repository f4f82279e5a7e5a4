import {
  AgentCommentRequest,
  type AgentTicket,
  type TicketStatus,
  TicketStatusRequest,
} from '@parley/contract';
import { type Context, Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { agentParticipant } from '../conversations/participants';
import { invalidRequest } from '../http/badRequest';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { validationFailed } from '../http/validationFailed';
import { withIdempotency } from '../idempotency/withIdempotency';
import { newId } from '../security/newId';
import { publishTicketEvents } from '../tickets/publishTicketEvents';
import { pageBody, readPageQuery } from '../tickets/readPageQuery';
import type { StoredTicket, TicketCommentRecord } from '../tickets/TicketRecords';
import { ticketBody } from '../tickets/ticketBody';
import { ticketCommentBody } from '../tickets/ticketCommentBody';
import { ticketNotFound } from '../tickets/ticketNotFound';
import { ticketStatusRules } from '../tickets/ticketStatusRules';

const STATUSES: readonly string[] = ['received', 'open', 'waiting_on_customer', 'solved', 'closed'];

function agentTicketBody(ticket: StoredTicket): AgentTicket {
  return { widgetKey: ticket.widgetKey, ticket: ticketBody(ticket) };
}

function closed(detail: string): Response {
  return problem({ status: 409, code: 'conflict', title: 'Ticket closed', detail });
}

/**
 * The team's side of tickets, mounted under `/v1/agent` behind the agent token (by {@link createAgentRoutes}):
 *
 * - `GET /tickets?status&widgetKey&cursor&limit`: every widget's tickets, newest first.
 * - `GET /tickets/{id}` and `GET /tickets/{id}/comments`.
 * - `PUT /tickets/{id}/status`: `open`, `waiting_on_customer`, `solved` or `closed` from any status but
 *   `closed` (409 `conflict`); the status the ticket already has changes nothing.
 * - `POST /tickets/{id}/comments`: a reply, which moves a `received` or `open` ticket to
 *   `waiting_on_customer`; a closed ticket takes none (409).
 *
 * Changes are published to the ticket's owner, the contacts granted access by a lookup, and the team.
 * @internal
 */
export function createAgentTicketRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  const ticketOf = (c: Context<EngineEnv>) => engine.store.tickets.getTicket(c.req.param('ticketId') ?? '');

  routes.get('/tickets', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !STATUSES.includes(status)) {
      return invalidRequest(`status must be one of ${STATUSES.join(', ')}.`);
    }
    const page = readPageQuery(c, 'tickets');
    if (!page.ok) return page.response;
    const widgetKey = c.req.query('widgetKey');
    const tickets = await engine.store.tickets.listTickets(
      {
        ...(status === undefined ? {} : { status: status as TicketStatus }),
        ...(widgetKey === undefined ? {} : { widgetKey }),
      },
      page.query,
    );
    return c.json(await pageBody('tickets', tickets, page.query.pageSize, agentTicketBody));
  });
  routes.all('/tickets', methodNotAllowed(['GET']));

  routes.get('/tickets/:ticketId', async (c) => {
    const ticket = await ticketOf(c);
    return ticket === undefined ? ticketNotFound() : c.json(agentTicketBody(ticket));
  });
  routes.all('/tickets/:ticketId', methodNotAllowed(['GET']));

  routes.put('/tickets/:ticketId/status', async (c) => {
    const body = await readJsonBody(c, TicketStatusRequest);
    if (!body.ok) return body.response;
    const target = body.value.status;
    const change = await engine.store.tickets.changeStatus(
      c.req.param('ticketId'),
      ticketStatusRules.setByAgent(target),
      engine.now(),
    );
    if (change === undefined) return ticketNotFound();
    if (change.refused) {
      return change.ticket.status === 'closed'
        ? closed('A closed ticket keeps its status; the customer opens a new ticket instead.')
        : problem({
            status: 409,
            code: 'conflict',
            title: 'Status not allowed',
            detail: `A ticket cannot go back to received.`,
          });
    }
    if (change.statusChanged) await publishTicketEvents(engine, change.ticket);
    return c.json(agentTicketBody(change.ticket));
  });
  routes.all('/tickets/:ticketId/status', methodNotAllowed(['PUT']));

  routes.get('/tickets/:ticketId/comments', async (c) => {
    const page = readPageQuery(c, 'comments');
    if (!page.ok) return page.response;
    const ticket = await ticketOf(c);
    if (ticket === undefined) return ticketNotFound();
    const comments = await engine.store.tickets.listComments(ticket.id, page.query);
    return c.json(
      await pageBody('comments', comments, page.query.pageSize, (comment) =>
        ticketCommentBody(engine, comment),
      ),
    );
  });

  routes.post('/tickets/:ticketId/comments', async (c) => {
    const body = await readJsonBody(c, AgentCommentRequest);
    if (!body.ok) return body.response;
    return withIdempotency(engine, { scope: 'agent', request: c.req.raw, bodyText: body.text }, async () => {
      const ticket = await ticketOf(c);
      if (ticket === undefined) return ticketNotFound();
      const text = body.value.text.trim();
      if (text === '') {
        return validationFailed([{ pointer: '/text', detail: 'must not be blank' }]);
      }
      const widget = await engine.store.getWidget(ticket.widgetKey);
      const comment: TicketCommentRecord = {
        id: newId('tcm'),
        ticketId: ticket.id,
        author: agentParticipant(widget, body.value.author),
        text,
        attachments: [],
        createdAt: engine.now(),
      };
      const change = await engine.store.tickets.addComment(comment, ticketStatusRules.agentReply);
      if (change === undefined) return ticketNotFound();
      if (change.refused) return closed('A closed ticket takes no replies.');
      const created = await ticketCommentBody(engine, comment);
      await publishTicketEvents(engine, change.ticket, created);
      return c.json(created, 201);
    });
  });
  routes.all('/tickets/:ticketId/comments', methodNotAllowed(['GET', 'POST']));

  return routes;
}
