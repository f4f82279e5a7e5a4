import type { TicketStatus } from '@parley/contract';
import type { TicketStatusRule } from './TicketRepository';

const customerReply: TicketStatusRule = (current) =>
  current === 'closed'
    ? 'refuse'
    : current === 'waiting_on_customer' || current === 'solved'
      ? 'open'
      : current;

const agentReply: TicketStatusRule = (current) =>
  current === 'closed'
    ? 'refuse'
    : current === 'received' || current === 'open'
      ? 'waiting_on_customer'
      : current;

const setByAgent =
  (target: TicketStatus): TicketStatusRule =>
  (current) =>
    current === target ? current : current === 'closed' || target === 'received' ? 'refuse' : target;

/**
 * The status machine of a ticket, as the rules its writes apply:
 *
 * - a new ticket is `received`;
 * - a reply from the customer moves `waiting_on_customer` and `solved` back to `open` (someone must look
 *   again) and leaves `received` and `open` as they are;
 * - a reply from the team moves `received` and `open` to `waiting_on_customer`, and leaves the others;
 * - the team may set `open`, `waiting_on_customer`, `solved` or `closed` from any status but `closed`;
 *   setting the status a ticket already has changes nothing (no history entry);
 * - `closed` is final: no replies from either side, no other status (the customer opens a new ticket);
 * - nothing goes back to `received`.
 * @internal
 */
export const ticketStatusRules = { customerReply, agentReply, setByAgent } as const;
