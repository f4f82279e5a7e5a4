import { isParleyError, ParleyError } from '../errors/ParleyError';
import { createStore } from '../store/createStore';
import type { TicketLookup, TicketState, TicketStore, TicketsApi } from './TicketsApi';

const IDLE: TicketState = { status: 'idle', ticket: undefined, comments: [], error: undefined };

/**
 * A ticket known by its reference (with the requester's email or the access key), as a store: looked up
 * when the first listener subscribes, then the ticket's own store (`tickets.get`) followed while anyone
 * listens. A failed lookup (`not_found`, `rate_limited`...) shows in `error` and is not retried by itself
 * (lookups are rate limited); `refresh()` tries again.
 *
 * @param tickets - The client's tickets, for `lookup` and `get`.
 * @param lookup - The reference and the email or access key.
 * @internal
 */
export function findTicket(tickets: Pick<TicketsApi, 'lookup' | 'get'>, lookup: TicketLookup): TicketStore {
  let found: TicketStore | undefined;
  let watched = false;
  let stopFollowing: (() => void) | undefined;
  let looking: AbortController | undefined;
  /** The last lookup failed: only `refresh()` looks up again (each attempt counts against a rate limit). */
  let failed = false;

  const follow = () => {
    if (!found || !watched || stopFollowing) return;
    const ticket = found;
    stopFollowing = ticket.subscribe(() => shown.set(ticket.getSnapshot()));
    shown.set(ticket.getSnapshot());
  };
  const look = async () => {
    looking?.abort();
    const controller = new AbortController();
    looking = controller;
    failed = false;
    shown.update((state) => ({ ...state, status: 'loading', error: undefined }));
    try {
      const ticket = await tickets.lookup(lookup, { signal: controller.signal });
      found = tickets.get(ticket.id);
      follow();
    } catch (error) {
      if (controller.signal.aborted) return;
      failed = true;
      shown.update((state) => ({
        ...state,
        status: 'error',
        error: isParleyError(error) ? error : new ParleyError('invalid_response', String(error)),
      }));
    } finally {
      if (looking === controller) looking = undefined;
    }
  };

  const shown = createStore(IDLE, {
    onStart() {
      watched = true;
      if (found) follow();
      else if (!failed) void look();
      return () => {
        watched = false;
        stopFollowing?.();
        stopFollowing = undefined;
        looking?.abort();
        looking = undefined;
      };
    },
  });

  return {
    getSnapshot: () => (found && !watched ? found.getSnapshot() : shown.getSnapshot()),
    subscribe: shown.subscribe,
    refresh: () => (found ? found.refresh() : look()),
  };
}
