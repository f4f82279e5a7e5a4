import type { RealtimeEvent, Ticket, TicketComment } from '@parley/contract';
import { offered } from '../backend/offered';
import type { ClientRuntime } from '../client/ClientRuntime';
import type { ParleyError } from '../errors/ParleyError';
import { createLiveStore, type LiveStore } from '../store/createLiveStore';
import type { Store } from '../store/Store';
import { newerTicket } from './newerTicket';
import { withNew } from './withNew';

/** What a ticket store holds. */
export interface TicketState {
  /**
   * - `idle`: nobody subscribed yet, nothing loaded;
   * - `loading`: the first load is running (a later reload keeps `ready` and the data);
   * - `ready`: `ticket` and `comments` are loaded and kept up to date;
   * - `error`: the last load failed (see `error`); data loaded before stays.
   */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The ticket, with its status timeline in `ticket.statusHistory` (oldest first). */
  ticket: Ticket | undefined;
  /** The whole thread, oldest first: the first message and every reply from either side. */
  comments: readonly TicketComment[];
  /** Why the last load failed (`not_found` when the ticket does not exist or is not this person's). */
  error: ParleyError | undefined;
}

/**
 * One ticket, kept live: loaded when the first listener subscribes, updated in realtime while anyone
 * listens, and reloaded after a realtime gap.
 */
export interface TicketStore extends Store<TicketState> {
  /** Loads the ticket and its whole thread again. Resolves when done; a failure lands in `error`. */
  refresh(): Promise<void>;
}

/**
 * Creates the live store of one ticket: the ticket and its whole thread. `onEvent` hears its realtime events.
 * @internal
 */
export function createTicketStore(
  runtime: ClientRuntime,
  ticketId: string,
  onEvent: (event: RealtimeEvent) => void,
): LiveStore<TicketState> {
  const { backend } = runtime;
  return createLiveStore<TicketState>(
    runtime,
    { status: 'idle', ticket: undefined, comments: [], error: undefined },
    async (call) => {
      const getTicket = offered(backend, 'getTicket');
      const listComments = offered(backend, 'listTicketComments');
      const comments: TicketComment[] = [];
      const readComments = async () => {
        // At most 100 pages: a guard against a backend whose cursors never end.
        for (let cursor: string | null | undefined, pages = 0; cursor !== null && pages++ < 100; ) {
          const page = await call((c) =>
            listComments(ticketId, { cursor: cursor ?? undefined, limit: 100 }, c),
          );
          comments.push(...page.data);
          cursor = page.nextCursor;
        }
      };
      const [ticket] = await Promise.all([call((c) => getTicket(ticketId, c)), readComments()]);
      // The loaded thread first, then what realtime brought meanwhile (a comment shows once, by id).
      return (state) => ({
        ...state,
        ticket: newerTicket(state.ticket, ticket),
        comments: withNew(comments, state.comments),
      });
    },
    onEvent,
  );
}
