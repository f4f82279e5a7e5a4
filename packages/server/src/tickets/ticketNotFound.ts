import { problem } from '../http/problem';

/**
 * 404 `ticket_not_found`, the one answer for every way a ticket can be out of reach: no such id or
 * reference, another widget's ticket, a wrong email or access key, a ticket this contact may not read.
 * Byte for byte the same each time, so that it tells an attacker nothing.
 * @internal
 */
export function ticketNotFound(): Response {
  return problem({
    status: 404,
    code: 'ticket_not_found',
    title: 'Ticket not found',
    detail: 'No ticket matches these details.',
  });
}
