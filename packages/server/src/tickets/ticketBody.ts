import type { Ticket } from '@parley/contract';
import type { StoredTicket } from './TicketRecords';

const iso = (ms: number) => new Date(ms).toISOString();

/** A ticket as the contract shows it (to its requester and, inside `AgentTicket`, to the team). @internal */
export function ticketBody(ticket: StoredTicket): Ticket {
  return {
    id: ticket.id,
    reference: ticket.reference,
    subject: ticket.subject,
    status: ticket.status,
    statusHistory: ticket.statusHistory.map((change) => ({ status: change.status, at: iso(change.at) })),
    requester: { name: ticket.name, email: ticket.email },
    commentCount: ticket.commentCount,
    createdAt: iso(ticket.createdAt),
    updatedAt: iso(ticket.updatedAt),
  };
}
