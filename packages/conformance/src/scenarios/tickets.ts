import {
  Session,
  Ticket,
  TicketComment,
  TicketCommentPage,
  TicketLookupResponse,
  TicketPage,
} from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import { hmacHex } from './support/signing';
import { createTicket, unlikelyReference } from './support/tickets';

/** The offline form, lookup, threads. @internal */
export const ticketScenarios: readonly Scenario[] = [
  {
    id: 'tickets.create',
    area: 'tickets',
    title: 'An anonymous visitor creates a ticket and gets its reference and a one-time access key',
    requires: 'tickets',
    covers: ['POST /v1/tickets', 'GET /v1/tickets/{}', 'GET /v1/tickets/{}/comments'],
    async run(ctx) {
      const session = await ctx.session();
      const created = await createTicket(ctx, session.token);
      const { ticket } = created;
      ctx.check(ticket.status === 'received', 'A new ticket must be received.', { actual: ticket.status });
      ctx.check(ticket.requester.email === created.email, 'The requester email is not the one sent.', {
        expected: created.email,
        actual: ticket.requester.email,
      });
      ctx.check(ticket.subject === created.subject, 'The subject is not the one sent.', {
        actual: ticket.subject,
      });
      ctx.check(
        ticket.statusHistory.at(-1)?.status === 'received',
        'The status history does not end in received.',
      );
      const read = ctx.expectJson(
        await ctx.request('GET', `/v1/tickets/${ticket.id}`, { token: session.token }),
        200,
        Ticket,
      );
      ctx.check(read.reference === ticket.reference, 'Reading the ticket gives another reference.');
      const comments = ctx.expectJson(
        await ctx.request('GET', `/v1/tickets/${ticket.id}/comments`, { token: session.token }),
        200,
        TicketCommentPage,
      );
      ctx.check(comments.data.length === 1, 'The new ticket should have its message as the only comment.', {
        actual: `${comments.data.length} comments`,
      });
      ctx.check(comments.data[0]?.author.kind === 'visitor', 'The first comment is not from the visitor.');
      const invalid = await ctx.request('POST', '/v1/tickets', {
        token: session.token,
        body: { email: 'not an email', subject: 'x', message: 'y' },
      });
      ctx.expectProblem(invalid, 422, 'validation_failed');
    },
  },
  {
    id: 'tickets.lookupByEmail',
    area: 'tickets',
    title: 'Another session finds the ticket by reference and email (any case), then reads and replies',
    requires: 'tickets',
    covers: [
      'POST /v1/tickets',
      'POST /v1/tickets/lookup',
      'GET /v1/tickets/{}',
      'GET /v1/tickets/{}/comments',
      'POST /v1/tickets/{}/comments',
    ],
    async run(ctx) {
      const owner = await ctx.session();
      const { ticket, email } = await createTicket(ctx, owner.token);
      const other = await ctx.session();
      const before = await ctx.request('GET', `/v1/tickets/${ticket.id}`, { token: other.token });
      ctx.expectProblem(before, 404, 'ticket_not_found');
      const lookup = await ctx.request('POST', '/v1/tickets/lookup', {
        token: other.token,
        body: { reference: ticket.reference.toLowerCase(), email: ` ${email.toUpperCase()} ` },
      });
      const found = ctx.expectJson(lookup, 200, TicketLookupResponse);
      ctx.check(found.ticket.id === ticket.id, 'The lookup found another ticket.', {
        expected: ticket.id,
        actual: found.ticket.id,
      });
      ctx.expectJson(
        await ctx.request('GET', `/v1/tickets/${ticket.id}`, { token: other.token }),
        200,
        Ticket,
      );
      const reply = await ctx.request('POST', `/v1/tickets/${ticket.id}/comments`, {
        token: other.token,
        body: { text: 'Here is more detail: it happens with every notebook.' },
      });
      const comment = ctx.expectJson(reply, 201, TicketComment);
      const thread = ctx.expectJson(
        await ctx.request('GET', `/v1/tickets/${ticket.id}/comments`, { token: owner.token }),
        200,
        TicketCommentPage,
      );
      ctx.check(thread.data.at(-1)?.id === comment.id, 'The reply is not the last comment of the thread.', {
        actual: thread.data.map((item) => item.id).join(', '),
      });
    },
  },
  {
    id: 'tickets.lookupByAccessKey',
    area: 'tickets',
    title: 'The access key opens the ticket with its reference, without the email',
    requires: 'tickets',
    covers: ['POST /v1/tickets', 'POST /v1/tickets/lookup'],
    async run(ctx) {
      const owner = await ctx.session();
      const { ticket, accessKey } = await createTicket(ctx, owner.token);
      const other = await ctx.session();
      const lookup = await ctx.request('POST', '/v1/tickets/lookup', {
        token: other.token,
        body: { reference: ticket.reference, accessKey },
      });
      const found = ctx.expectJson(lookup, 200, TicketLookupResponse);
      ctx.check(found.ticket.id === ticket.id, 'The access key opened another ticket.');
    },
  },
  {
    id: 'tickets.lookupIdenticalNotFound',
    area: 'tickets',
    title:
      'A wrong reference, a wrong email and a wrong access key get identical 404 ticket_not_found answers',
    requires: 'tickets',
    covers: ['POST /v1/tickets', 'POST /v1/tickets/lookup'],
    async run(ctx) {
      const owner = await ctx.session();
      const { ticket, email, accessKey } = await createTicket(ctx, owner.token);
      const other = await ctx.session();
      const attempts = [
        { what: 'a wrong reference', body: { reference: unlikelyReference(), email } },
        { what: 'a wrong email', body: { reference: ticket.reference, email: `x${email}` } },
        { what: 'a wrong access key', body: { reference: ticket.reference, accessKey: `${accessKey}x` } },
      ];
      const answers = [];
      for (const attempt of attempts) {
        const result = await ctx.request('POST', '/v1/tickets/lookup', {
          token: other.token,
          body: attempt.body,
        });
        ctx.expectProblem(result, 404, 'ticket_not_found');
        answers.push({ ...attempt, result });
      }
      const [first, ...rest] = answers;
      for (const answer of rest) {
        if (first === undefined) break;
        ctx.check(
          answer.result.text === first.result.text && answer.result.contentType === first.result.contentType,
          `The 404 for ${answer.what} differs from the 404 for ${first.what}: it tells which part was wrong.`,
          {
            request: answer.result.request,
            expected: `the same body as for ${first.what}: ${first.result.text}`,
            actual: answer.result.text,
          },
        );
      }
    },
  },
  {
    id: 'tickets.privacy',
    area: 'tickets',
    title: "Without a lookup, another visitor's ticket is 404 ticket_not_found, like an unknown id",
    requires: 'tickets',
    covers: [
      'POST /v1/tickets',
      'GET /v1/tickets/{}',
      'GET /v1/tickets/{}/comments',
      'POST /v1/tickets/{}/comments',
    ],
    async run(ctx) {
      const owner = await ctx.session();
      const { ticket } = await createTicket(ctx, owner.token);
      const stranger = await ctx.session();
      const paths = [`/v1/tickets/${ticket.id}`, `/v1/tickets/${ticket.id}/comments`];
      for (const path of paths) {
        ctx.expectProblem(await ctx.request('GET', path, { token: stranger.token }), 404, 'ticket_not_found');
      }
      const reply = await ctx.request('POST', `/v1/tickets/${ticket.id}/comments`, {
        token: stranger.token,
        body: { text: 'Let me in.' },
      });
      ctx.expectProblem(reply, 404, 'ticket_not_found');
      const unknown = await ctx.request('GET', `/v1/tickets/tkt_${ctx.unique('missing')}`, {
        token: stranger.token,
      });
      ctx.expectProblem(unknown, 404, 'ticket_not_found');
    },
  },
  {
    id: 'tickets.listNeedsIdentity',
    area: 'tickets',
    title: 'An anonymous visitor cannot list tickets: 403 identity_required',
    requires: 'tickets',
    covers: ['GET /v1/tickets'],
    async run(ctx) {
      const session = await ctx.session();
      ctx.expectProblem(
        await ctx.request('GET', '/v1/tickets', { token: session.token }),
        403,
        'identity_required',
      );
      ctx.expectProblem(await ctx.request('GET', '/v1/tickets'), 401, 'unauthorized');
    },
  },
  {
    id: 'tickets.listIdentified',
    area: 'tickets',
    title: 'An identified user lists their tickets, those created before identifying included',
    requires: ['tickets', 'identity', 'identitySecret'],
    covers: ['POST /v1/tickets', 'POST /v1/session/identify', 'GET /v1/tickets'],
    async run(ctx) {
      const session = await ctx.session();
      const { ticket } = await createTicket(ctx, session.token);
      const userId = ctx.unique('user');
      const hash = await hmacHex(ctx.target.identitySecret ?? '', userId);
      const identified = await ctx.request('POST', '/v1/session/identify', {
        token: session.token,
        body: { userId, hash },
      });
      ctx.expectJson(identified, 200, Session);
      const list = ctx.expectJson(
        await ctx.request('GET', '/v1/tickets', { token: session.token }),
        200,
        TicketPage,
      );
      ctx.check(
        list.data.some((item) => item.id === ticket.id),
        "The user's ticket is not in their list.",
        {
          expected: ticket.id,
          actual: list.data.map((item) => item.id).join(', ') || 'no tickets',
        },
      );
    },
  },
  {
    id: 'tickets.lookupRateLimit',
    area: 'tickets',
    title: 'Repeated failed lookups reach 429 rate_limited with Retry-After within 30 attempts',
    requires: 'tickets',
    covers: ['POST /v1/tickets', 'POST /v1/tickets/lookup'],
    timeoutMs: 30_000,
    async run(ctx) {
      const owner = await ctx.session();
      const { ticket } = await createTicket(ctx, owner.token);
      const session = await ctx.session();
      for (let attempt = 1; attempt <= 30; attempt += 1) {
        const result = await ctx.request('POST', '/v1/tickets/lookup', {
          token: session.token,
          body: { reference: ticket.reference, email: `wrong${attempt}@example.com` },
        });
        if (result.status === 429) {
          const problem = ctx.expectProblem(result, 429, 'rate_limited');
          const header = Number(result.headers.get('Retry-After'));
          ctx.check(
            problem.retryAfterSeconds === undefined || problem.retryAfterSeconds === header,
            'retryAfterSeconds differs from the Retry-After header.',
            { actual: `Retry-After ${header}, retryAfterSeconds ${problem.retryAfterSeconds}` },
          );
          return;
        }
        ctx.expectProblem(result, 404, 'ticket_not_found');
      }
      ctx.fail('30 failed lookups in a row were never rate limited.', {
        expected: 'a 429 rate_limited within 30 attempts',
        actual: '30 answers of 404',
      });
    },
  },
];
