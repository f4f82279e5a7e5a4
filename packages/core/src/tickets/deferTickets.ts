import type { LoadOnFirstUse } from '../client/loadOnFirstUse';
import { deferredStore } from '../store/deferredStore';
import type { TicketsDomain } from './createTickets';
import { findTicket, IDLE_TICKET, lookupKey } from './findTicket';
import type { TicketListState, TicketStore, TicketsApi } from './TicketsApi';

const IDLE_LIST: TicketListState = {
  status: 'idle',
  tickets: [],
  error: undefined,
  hasMore: false,
  loadingMore: false,
};

/**
 * `client.tickets` before and after its code has loaded: the same API at once, each call passed on to the
 * domain once `domain` has loaded it, each store standing in for the domain's (see {@link deferredStore}).
 * @internal
 */
export function deferTickets(domain: LoadOnFirstUse<TicketsDomain>): TicketsApi {
  const list = deferredStore(() => domain().then((tickets) => tickets.list()), IDLE_LIST, [
    'loadMore',
    'refresh',
  ]);
  /** Stand-ins handed out before the domain loaded, one per ticket. */
  const standIns = new Map<string, TicketStore>();
  /** Stores of tickets known by reference, one per lookup. */
  const found = new Map<string, TicketStore>();

  const api: TicketsApi = {
    lookup: (lookup, options) => domain().then((tickets) => tickets.lookup(lookup, options)),
    list: () => list,
    create: (ticket, options) => domain().then((tickets) => tickets.create(ticket, options)),
    get(ticketId) {
      // One store per id for good: a stand-in handed out before the domain loaded stays the store of its id.
      let standIn = standIns.get(ticketId);
      if (!standIn) {
        if (domain.loaded) return domain.loaded.get(ticketId);
        const load = () => domain().then((tickets) => tickets.get(ticketId));
        standIn = deferredStore(load, IDLE_TICKET, ['refresh']);
        standIns.set(ticketId, standIn);
      }
      return standIn;
    },
    find(lookup) {
      const key = lookupKey(lookup);
      let store = found.get(key);
      if (!store) found.set(key, (store = findTicket(api, lookup)));
      return store;
    },
    reply: (ticketId, reply, options) => domain().then((tickets) => tickets.reply(ticketId, reply, options)),
  };
  return api;
}
