import type { LoadOnFirstUse } from '../client/loadOnFirstUse';
import { deferredStore } from '../store/deferredStore';
import type { TicketsDomain } from './createTickets';
import type { TicketListState, TicketState, TicketStore, TicketsApi } from './TicketsApi';

/** A ticket store before its first load. @internal */
export const IDLE_TICKET: TicketState = { status: 'idle', ticket: undefined, comments: [], error: undefined };

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
      // The same store for an equal lookup, whatever the order of its fields.
      const key = JSON.stringify(
        [
          lookup.reference,
          (lookup as { email?: string }).email,
          (lookup as { accessKey?: string }).accessKey,
        ].map((field) => field?.trim()),
      );
      let store = found.get(key);
      if (!store) {
        // Its code is loaded when it is first watched: most pages never look a ticket up by its reference.
        const load = () => import('./findTicket').then(({ findTicket }) => findTicket(api, lookup));
        store = deferredStore(load, IDLE_TICKET, ['refresh']);
        found.set(key, store);
      }
      return store;
    },
    reply: (ticketId, reply, options) => domain().then((tickets) => tickets.reply(ticketId, reply, options)),
  };
  return api;
}
