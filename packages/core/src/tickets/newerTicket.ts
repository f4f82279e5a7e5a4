import type { Ticket } from '@parley/contract';

/**
 * The more recent of two versions of a ticket: an answer that was already on its way when a realtime
 * update arrived must not undo that update. Ties go to `incoming`.
 * @internal
 */
export function newerTicket(current: Ticket | undefined, incoming: Ticket): Ticket {
  return current && Date.parse(current.updatedAt) > Date.parse(incoming.updatedAt) ? current : incoming;
}
