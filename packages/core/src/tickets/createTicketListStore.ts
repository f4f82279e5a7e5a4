import type { RealtimeEvent, Ticket } from '@parley/contract';
import { offered } from '../backend/offered';
import type { ClientRuntime } from '../client/ClientRuntime';
import type { ParleyError } from '../errors/ParleyError';
import { createLiveStore, type LiveStore } from '../store/createLiveStore';
import type { Store } from '../store/Store';
import { withNew } from './withNew';

/** What the ticket list holds. */
export interface TicketListState {
  /**
   * - `idle`: nobody subscribed yet;
   * - `loading`: the first page is loading;
   * - `ready`: `tickets` is loaded (empty for a visitor who has not been identified);
   * - `error`: the last load failed (see `error`); tickets loaded before stay.
   */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The identified user's tickets, newest first. */
  tickets: readonly Ticket[];
  error: ParleyError | undefined;
  /** Whether {@link TicketListStore.loadMore} has more to load. */
  hasMore: boolean;
  /** Whether a `loadMore` is running. */
  loadingMore: boolean;
}

/**
 * The identified user's tickets (`client.tickets.list()`). Only identified users have a list: for an
 * anonymous visitor it is ready and empty, and tickets are found with `lookup` instead. Loads its first
 * page when the first listener subscribes and stays up to date in realtime while anyone listens.
 */
export interface TicketListStore extends Store<TicketListState> {
  /** Appends the next page. Resolves when done; a failure lands in `error`. */
  loadMore(): Promise<void>;
  /** Loads the first page again (dropping further pages). Resolves when done; a failure lands in `error`. */
  refresh(): Promise<void>;
}

/**
 * Creates the live store of the identified user's tickets. `onEvent` hears its realtime events.
 * @internal
 */
export function createTicketListStore(
  runtime: ClientRuntime,
  onEvent: (event: RealtimeEvent) => void,
): LiveStore<TicketListState> {
  let cursor: string | undefined;
  return createLiveStore<TicketListState>(
    runtime,
    { status: 'idle', tickets: [], error: undefined, hasMore: false, loadingMore: false },
    async (call, more) => {
      // The contract gives lists to identified users only; a visitor's list is empty, not an error.
      const page =
        runtime.session.current()?.contact.kind === 'visitor'
          ? { data: [], nextCursor: null }
          : await call((c) =>
              offered(runtime.backend, 'listTickets')({ cursor: more ? cursor : undefined, limit: 20 }, c),
            );
      return (state) => {
        cursor = page.nextCursor ?? undefined;
        return {
          ...state,
          tickets: more ? withNew(state.tickets, page.data) : page.data,
          hasMore: !!cursor,
        };
      };
    },
    onEvent,
  );
}
