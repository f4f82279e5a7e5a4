import {
  type CreatedTicket,
  CreateTicketRequest,
  type TicketLookupRequest,
  TicketLookupRequest as TicketLookupRequestSchema,
  TicketReplyRequest,
} from '@parley/contract';
import { type Context, Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { validationFailed } from '../http/validationFailed';
import { withIdempotency } from '../idempotency/withIdempotency';
import { newId } from '../security/newId';
import { randomToken } from '../security/randomToken';
import { sha256Hex } from '../security/sha256Hex';
import { timingSafeEqual } from '../security/timingSafeEqual';
import { requireSession } from '../sessions/requireSession';
import { checkOfflineFields } from './checkOfflineFields';
import { clientAddress } from './clientAddress';
import { newTicketReference } from './newTicketReference';
import { normaliseEmail } from './normaliseEmail';
import { normaliseReference } from './normaliseReference';
import { publishTicketEvents } from './publishTicketEvents';
import { pageBody, readPageQuery } from './readPageQuery';
import { resolveTicketAttachments } from './resolveTicketAttachments';
import type { StoredTicket, TicketCommentRecord, TicketRecord } from './TicketRecords';
import { ticketBody } from './ticketBody';
import { ticketCommentBody } from './ticketCommentBody';
import { ticketNotFound } from './ticketNotFound';
import { ticketStatusRules } from './ticketStatusRules';

/** How often a new ticket draws another reference when the one drawn is taken. */
const REFERENCE_ATTEMPTS = 25;
const MINUTE_MS = 60_000;
const FAILED_LOOKUP_WINDOW_MS = 15 * MINUTE_MS;
// Compared against when the reference does not exist, so that a miss costs the same work as a wrong detail.
const NO_HASH = '0'.repeat(64);

/** 422 for text that is only whitespace (the schema counts characters, not content). */
function blank(pointer: string): Response {
  return validationFailed([{ pointer, detail: 'must not be blank' }]);
}

function tooManyLookups(retryAfterSeconds: number): Response {
  return problem({
    status: 429,
    code: 'rate_limited',
    title: 'Too many requests',
    detail: 'Too many ticket lookups. Wait before trying again.',
    retryAfterSeconds,
  });
}

/** Whether the lookup's email or access key is the ticket's, in time that does not depend on which is wrong. */
async function provesAccess(
  ticket: StoredTicket | undefined,
  request: TicketLookupRequest,
): Promise<boolean> {
  let matches: boolean;
  if ('email' in request) {
    const given = await sha256Hex(`email:${normaliseEmail(request.email)}`);
    const expected = await sha256Hex(`email:${ticket?.emailNormalized ?? ''}`);
    matches = timingSafeEqual(given, expected);
  } else {
    matches = timingSafeEqual(await sha256Hex(request.accessKey), ticket?.accessKeyHash ?? NO_HASH);
  }
  return matches && ticket !== undefined;
}

/**
 * Tickets, mounted under `/v1` by {@link createApp}; every route needs a session (anonymous visitors too).
 *
 * - `POST /tickets`: the offline form. Creates a `received` ticket owned by the session's contact with a
 *   random reference (`PRL-` and 4 to 6 digits) and an access key returned only in this answer.
 * - `POST /tickets/lookup`: reference + email or reference + access key. Every miss is the same 404
 *   `ticket_not_found`. Rate limited per contact and client address (`lookupsPerClientPerMinute` per
 *   minute) and per reference (`failedLookupsPerReference` failures per 15 minutes, counted for references
 *   that do not exist too), both checked before anything is looked up. A hit lets the contact read and
 *   answer the ticket from then on (also from its later sessions, since a reload resumes the contact).
 * - `GET /tickets`: an identified user's own tickets, newest first (403 `identity_required` otherwise).
 * - `GET /tickets/{id}`, `GET /tickets/{id}/comments`, `POST /tickets/{id}/comments`: for the owner or a
 *   contact granted access; anyone else gets 404 `ticket_not_found`.
 * @internal
 */
export function createTicketRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  const session = requireSession(engine);
  const lookupsPerClient = engine.rateLimiter(
    'tickets.lookup.client',
    engine.settings.lookupsPerClientPerMinute,
    MINUTE_MS,
  );
  const failedLookupsPerReference = engine.rateLimiter(
    'tickets.lookup.reference',
    engine.settings.failedLookupsPerReference,
    FAILED_LOOKUP_WINDOW_MS,
  );

  /** The ticket of the path if this session's contact may read it. */
  const readableTicket = async (c: Context<EngineEnv>): Promise<StoredTicket | undefined> => {
    const ticket = await engine.store.tickets.getTicket(c.req.param('ticketId') ?? '');
    if (ticket === undefined || ticket.widgetKey !== c.get('widget').key) return undefined;
    const contactId = c.get('contact').id;
    if (ticket.contactId === contactId) return ticket;
    return (await engine.store.tickets.hasAccess(ticket.id, contactId)) ? ticket : undefined;
  };

  routes.get('/tickets', session, async (c) => {
    const contact = c.get('contact');
    if (contact.kind !== 'user') {
      return problem({
        status: 403,
        code: 'identity_required',
        title: 'Identity required',
        detail: 'Only an identified user has a ticket list; others look tickets up by reference.',
      });
    }
    const page = readPageQuery(c, 'tickets');
    if (!page.ok) return page.response;
    const tickets = await engine.store.tickets.listTickets(
      { contactId: contact.id, widgetKey: c.get('widget').key },
      page.query,
    );
    return c.json(await pageBody('tickets', tickets, page.query.pageSize, ticketBody));
  });

  routes.post('/tickets', session, async (c) => {
    const body = await readJsonBody(c, CreateTicketRequest);
    if (!body.ok) return body.response;
    const contact = c.get('contact');
    const widget = c.get('widget');
    const request = body.value;
    return withIdempotency(
      engine,
      { scope: contact.id, request: c.req.raw, bodyText: body.text },
      async () => {
        const subject = request.subject.trim();
        const message = request.message.trim();
        if (subject === '') return blank('/subject');
        if (message === '') return blank('/message');
        const answers = checkOfflineFields(widget, request.fields);
        if (!answers.ok) return answers.response;
        const files = await resolveTicketAttachments(engine, contact.id, request.attachmentIds);
        if (!files.ok) return files.response;
        const now = engine.now();
        const accessKey = randomToken(24);
        const email = request.email.trim();
        const name = request.name?.trim() || null;
        const ticket: Omit<TicketRecord, 'reference'> = {
          id: newId('tkt'),
          widgetKey: widget.key,
          contactId: contact.id,
          accessKeyHash: await sha256Hex(accessKey),
          email,
          emailNormalized: normaliseEmail(email),
          name,
          subject,
          status: 'received',
          statusHistory: [{ status: 'received', at: now }],
          locale: request.context?.locale ?? widget.defaultLocale,
          fields: answers.fields,
          context: request.context ?? {},
          createdAt: now,
          updatedAt: now,
        };
        const first: TicketCommentRecord = {
          id: newId('tcm'),
          ticketId: ticket.id,
          author: { kind: 'visitor', id: contact.id, name: name ?? email, avatarUrl: null },
          text: message,
          attachments: files.attachments,
          createdAt: now,
        };
        let stored: StoredTicket | undefined;
        for (let attempt = 0; stored === undefined && attempt < REFERENCE_ATTEMPTS; attempt += 1) {
          stored = await engine.store.tickets.createTicket(
            { ...ticket, reference: newTicketReference() },
            first,
          );
        }
        if (stored === undefined) {
          // Only when the widget holds most of the ~1 million references: worth a log line, not a crash.
          engine.log.error(`No free ticket reference for ${widget.key} after ${REFERENCE_ATTEMPTS} draws`);
          return problem({
            status: 503,
            code: 'unavailable',
            title: 'Service unavailable',
            detail: 'The ticket could not be created. Try again later.',
            retryAfterSeconds: 60,
          });
        }
        await publishTicketEvents(engine, stored);
        const created: CreatedTicket = { ticket: ticketBody(stored), accessKey };
        return c.json(created, 201, { Location: `/v1/tickets/${stored.id}` });
      },
    );
  });
  routes.all('/tickets', methodNotAllowed(['GET', 'POST']));

  routes.post('/tickets/lookup', session, async (c) => {
    const body = await readJsonBody(c, TicketLookupRequestSchema);
    if (!body.ok) return body.response;
    const contact = c.get('contact');
    const widget = c.get('widget');
    // Every attempt counts against the client; both its contact and its address (when known) must have room.
    const address = clientAddress(c.req.raw, c.env, engine.settings.trustProxy);
    const verdicts = [
      lookupsPerClient.take(`contact:${contact.id}`),
      ...(address === undefined ? [] : [lookupsPerClient.take(`address:${address}`)]),
    ];
    const wait = Math.max(0, ...verdicts.map((v) => (v.allowed ? 0 : v.retryAfterSeconds)));
    if (wait > 0) return tooManyLookups(wait);
    // Failures count against the reference as typed (normalised), whether a ticket has it or not, so the
    // limit itself does not tell which references exist.
    const reference = normaliseReference(body.value.reference);
    const referenceKey = `${widget.key}\u0000${reference}`;
    const referenceVerdict = failedLookupsPerReference.check(referenceKey);
    if (!referenceVerdict.allowed) return tooManyLookups(referenceVerdict.retryAfterSeconds);

    const ticket = await engine.store.tickets.findTicketByReference(widget.key, reference);
    if (ticket === undefined || !(await provesAccess(ticket, body.value))) {
      failedLookupsPerReference.take(referenceKey);
      return ticketNotFound();
    }
    if (ticket.contactId !== contact.id) {
      await engine.store.tickets.grantAccess(ticket.id, contact.id, engine.now());
    }
    return c.json({ ticket: ticketBody(ticket) });
  });
  routes.all('/tickets/lookup', methodNotAllowed(['POST']));

  routes.get('/tickets/:ticketId', session, async (c) => {
    const ticket = await readableTicket(c);
    return ticket === undefined ? ticketNotFound() : c.json(ticketBody(ticket));
  });
  routes.all('/tickets/:ticketId', methodNotAllowed(['GET']));

  routes.get('/tickets/:ticketId/comments', session, async (c) => {
    const page = readPageQuery(c, 'comments');
    if (!page.ok) return page.response;
    const ticket = await readableTicket(c);
    if (ticket === undefined) return ticketNotFound();
    const comments = await engine.store.tickets.listComments(ticket.id, page.query);
    return c.json(
      await pageBody('comments', comments, page.query.pageSize, (comment) =>
        ticketCommentBody(engine, comment),
      ),
    );
  });

  routes.post('/tickets/:ticketId/comments', session, async (c) => {
    const body = await readJsonBody(c, TicketReplyRequest);
    if (!body.ok) return body.response;
    const contact = c.get('contact');
    return withIdempotency(
      engine,
      { scope: contact.id, request: c.req.raw, bodyText: body.text },
      async () => {
        const ticket = await readableTicket(c);
        if (ticket === undefined) return ticketNotFound();
        const text = body.value.text.trim();
        if (text === '') return blank('/text');
        const files = await resolveTicketAttachments(engine, contact.id, body.value.attachmentIds);
        if (!files.ok) return files.response;
        const comment: TicketCommentRecord = {
          id: newId('tcm'),
          ticketId: ticket.id,
          author: { kind: 'visitor', id: contact.id, name: ticket.name ?? ticket.email, avatarUrl: null },
          text,
          attachments: files.attachments,
          createdAt: engine.now(),
        };
        const change = await engine.store.tickets.addComment(comment, ticketStatusRules.customerReply);
        if (change === undefined) return ticketNotFound();
        if (change.refused) {
          return problem({
            status: 409,
            code: 'conflict',
            title: 'Ticket closed',
            detail: 'A closed ticket takes no replies; open a new ticket instead.',
          });
        }
        const created = await ticketCommentBody(engine, comment);
        await publishTicketEvents(engine, change.ticket, created);
        return c.json(created, 201);
      },
    );
  });
  routes.all('/tickets/:ticketId/comments', methodNotAllowed(['GET', 'POST']));

  return routes;
}
