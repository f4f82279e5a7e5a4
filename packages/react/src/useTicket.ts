import { idleSnapshots, type TicketLookup, type TicketState } from '@parley/core';
import { useParley } from './useParley';
import { constantStore, useStore } from './useStore';

const NO_TICKET = constantStore(idleSnapshots.ticket);

/**
 * One ticket, with its status timeline and whole thread, live while mounted: by its id (`tkt_…`, from
 * creating it or from the user's list), or by its reference with the requester's email or the access key
 * (looked up when first used; a failed lookup shows in `error` and is tried again only by
 * `refresh()`). Idle while `ticket` is empty. An equal lookup written anew on each render is the same ticket.
 * @example
 * ```tsx
 * const { status, ticket, comments, error } = useTicket({ reference: 'PRL-4821', email });
 * ```
 */
export function useTicket(ticket: string | TicketLookup | null | undefined): TicketState {
  const { tickets } = useParley();
  // The core hands out the same store for the same id, and for an equal lookup.
  return useStore(
    typeof ticket === 'string' && ticket
      ? tickets.get(ticket)
      : ticket && typeof ticket === 'object'
        ? tickets.find(ticket)
        : NO_TICKET,
  );
}
