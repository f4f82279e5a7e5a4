import { CreatedTicket, Ticket } from '@parley/contract';
import type { ClientScenario } from '../../client/ClientScenario';
import { hmacHex } from '../support/signing';
import { unlikelyReference } from '../support/tickets';
import { newTicket } from './support/newTicket';

/** The offline form, lookups and replies through the client. @internal */
export const clientTicketScenarios: readonly ClientScenario[] = [
  {
    id: 'client.ticketLookup',
    title:
      'A ticket made with the offline form is found by reference and access key, and by reference and email; misses are identical not_found errors',
    requires: 'tickets',
    uses: ['tickets.create', 'tickets.lookup', 'tickets.get'],
    async run(ctx) {
      const form = newTicket(ctx);
      const created = ctx.expectSchema(
        CreatedTicket,
        await ctx.client().tickets.create(form),
        'The created ticket',
      );
      const { ticket, accessKey } = created;
      ctx.check(ticket.status === 'received', 'A new ticket must be received.', { actual: ticket.status });
      ctx.check(
        ticket.requester.email === form.email && ticket.subject === form.subject,
        'The ticket is not the one sent.',
        {
          expected: `${form.email}, "${form.subject}"`,
          actual: `${ticket.requester.email}, "${ticket.subject}"`,
        },
      );
      const byKey = await ctx.client().tickets.lookup({ reference: ticket.reference, accessKey });
      ctx.check(byKey.id === ticket.id, 'The access key opened another ticket.', {
        expected: ticket.id,
        actual: byKey.id,
      });
      const other = ctx.client();
      const byEmail = ctx.expectSchema(
        Ticket,
        await other.tickets.lookup({
          reference: ticket.reference.toLowerCase(),
          email: form.email.toUpperCase(),
        }),
        'The ticket found by email',
      );
      ctx.check(byEmail.id === ticket.id, 'The reference and email (in another case) found another ticket.', {
        expected: ticket.id,
        actual: byEmail.id,
      });
      const thread = await ctx
        .watch(other.tickets.get(ticket.id))
        .until(
          (state) => state.status === 'ready' || state.status === 'error',
          'the ticket found by lookup to load',
        );
      ctx.check(
        thread.status === 'ready' && thread.ticket?.id === ticket.id,
        'The ticket found by lookup cannot be read.',
        {
          actual: thread.error?.message ?? thread.status,
        },
      );
      ctx.check(
        thread.comments[0]?.text === form.message,
        "The thread does not start with the form's message.",
        {
          actual: thread.comments[0]?.text ?? 'no comment',
        },
      );
      const wrongEmail = await ctx.expectError(
        other.tickets.lookup({ reference: ticket.reference, email: `x${form.email}` }),
        'not_found',
        'A lookup with a wrong email',
      );
      const wrongReference = await ctx.expectError(
        other.tickets.lookup({ reference: unlikelyReference(), email: form.email }),
        'not_found',
        'A lookup with a wrong reference',
      );
      const describe = (error: typeof wrongEmail) =>
        `${error.code} ${error.problemCode} ${error.status}: ${error.message}`;
      ctx.check(
        describe(wrongEmail) === describe(wrongReference),
        'A wrong email and a wrong reference fail differently: that tells which part was wrong.',
        { expected: describe(wrongReference), actual: describe(wrongEmail) },
      );
    },
  },
  {
    id: 'client.ticketReply',
    title: "A reply to a ticket appears once in the ticket's store, also after reloading its thread",
    requires: 'tickets',
    uses: ['tickets.create', 'tickets.get', 'tickets.reply'],
    async run(ctx) {
      const client = ctx.client();
      const { ticket } = await client.tickets.create(newTicket(ctx));
      const store = client.tickets.get(ticket.id);
      const watched = ctx.watch(store);
      await watched.until(
        (state) => state.status === 'ready' && state.comments.length === 1,
        'the new ticket and its first message',
      );
      const text = `Here is more detail: it happens with every notebook. ${ctx.unique('reply')}`;
      const comment = await client.tickets.reply(ticket.id, { text });
      ctx.check(
        comment.text === text && comment.author.kind === 'visitor',
        'The reply is not the one sent by the visitor.',
        {
          actual: `${comment.author.kind}: ${comment.text}`,
        },
      );
      await watched.until(
        (state) => state.comments.some((item) => item.id === comment.id),
        'the reply in the ticket store',
      );
      await store.refresh();
      const copies = store
        .getSnapshot()
        .comments.filter((item) => item.id === comment.id || item.text === text);
      ctx.check(copies.length === 1, 'The reply shows more than once in the ticket store.', {
        actual: `${copies.length} copies`,
      });
    },
  },
  {
    id: 'client.ticketList',
    title: "An identified user's ticket list, on another device, includes a ticket sent before identifying",
    requires: ['tickets', 'identity', 'identitySecret'],
    uses: ['tickets.create', 'session.identify', 'tickets.list'],
    async run(ctx) {
      const userId = ctx.unique('user');
      const hash = await hmacHex(ctx.target.identitySecret ?? '', userId);
      const laptop = ctx.client();
      const { ticket } = await laptop.tickets.create(newTicket(ctx));
      await laptop.session.identify({ userId, hash });
      const phone = ctx.client();
      await phone.session.identify({ userId, hash });
      const list = await ctx
        .watch(phone.tickets.list())
        .until((state) => state.status === 'ready' || state.status === 'error', "the user's ticket list");
      ctx.check(
        list.tickets.some((item) => item.id === ticket.id),
        "The user's ticket is not in their list on another device.",
        {
          expected: ticket.id,
          actual: list.tickets.map((item) => item.id).join(', ') || (list.error?.message ?? 'no tickets'),
        },
      );
    },
  },
];
