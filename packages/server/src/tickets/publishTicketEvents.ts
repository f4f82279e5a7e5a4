import type { TicketComment } from '@parley/contract';
import type { Engine } from '../app/Engine';
import type { StoredTicket } from './TicketRecords';
import { ticketBody } from './ticketBody';

/**
 * Tells everyone who follows a ticket what changed: its owner contact, every contact granted access by a
 * lookup, and the team. Sends `ticket.comment.created` first (when there is a comment), then
 * `ticket.updated` with the ticket as it is now.
 * @internal
 */
export async function publishTicketEvents(
  engine: Engine,
  ticket: StoredTicket,
  comment?: TicketComment,
): Promise<void> {
  const contactIds = new Set(await engine.store.tickets.listAccess(ticket.id));
  if (ticket.contactId !== null) contactIds.add(ticket.contactId);
  const audiences = [...[...contactIds].map((contactId) => ({ contactId })), 'team' as const];
  const body = ticketBody(ticket);
  for (const audience of audiences) {
    if (comment !== undefined) {
      await engine.events.publish(ticket.widgetKey, audience, {
        type: 'ticket.comment.created',
        data: { ticketId: ticket.id, comment },
      });
    }
    await engine.events.publish(ticket.widgetKey, audience, {
      type: 'ticket.updated',
      data: { ticket: body },
    });
  }
}
