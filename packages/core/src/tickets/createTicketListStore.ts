import type { Ticket, TicketPage } from '@parley/contract';
import { abortable } from '../articles/abortable';
import type { ClientRuntime } from '../client/ClientRuntime';
import { isParleyError, ParleyError } from '../errors/ParleyError';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import { linkedController } from '../transport/linkedController';
import type { TicketFeed } from './createTicketFeed';
import { newerTicket } from './newerTicket';
import { toParleyError } from './toParleyError';

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

/** What {@link createTickets} needs beyond the public store. @internal */
export interface TicketListStoreInternal extends TicketListStore {
  /** A ticket this client created: shown at the top right away. */
  receiveCreated(ticket: Ticket): void;
}

const IDLE: TicketListState = {
  status: 'idle',
  tickets: [],
  error: undefined,
  hasMore: false,
  loadingMore: false,
};
const NO_TICKETS: TicketPage = { data: [], nextCursor: null };

/** `incoming` added to `current` where they are not already (by id). */
function withTickets(
  current: readonly Ticket[],
  incoming: readonly Ticket[],
  atTop: boolean,
): readonly Ticket[] {
  const known = new Set(current.map((ticket) => ticket.id));
  const added = incoming.filter((ticket) => !known.has(ticket.id) && known.add(ticket.id));
  if (added.length === 0) return current;
  return atTop ? [...added, ...current] : [...current, ...added];
}

/**
 * Creates the ticket list store of a client.
 * @internal
 */
export function createTicketListStore(runtime: ClientRuntime, feed: TicketFeed): TicketListStoreInternal {
  const { backend, session } = runtime;
  let owner: string | undefined;
  let cursor: string | null = null;
  let running: Promise<void> | undefined;
  /** The run whose answer counts: a newer run, or a stop, drops the answer of an older one. */
  let controller: AbortController | undefined;

  const loadPage = async (
    after: string | null,
    signal: AbortSignal,
  ): Promise<{ page: TicketPage; for: string }> =>
    session.withToken(async (token) => {
      const loadedFor = session.identityKey();
      // The contract gives lists to identified users only; a visitor's list is empty, not an error.
      if (session.current()?.contact.kind === 'visitor') return { page: NO_TICKETS, for: loadedFor };
      const list = backend.listTickets;
      if (!list) throw new ParleyError('invalid_request', 'Tickets are not offered by this backend.');
      try {
        const page = await runtime.retry(
          (attempt) =>
            list.call(backend, { cursor: after ?? undefined, limit: 20 }, { token, signal: attempt }),
          { signal },
        );
        return { page, for: loadedFor };
      } catch (error) {
        if (isParleyError(error) && error.problemCode === 'identity_required') {
          return { page: NO_TICKETS, for: loadedFor };
        }
        throw error;
      }
    });

  const run = (more: boolean): Promise<void> => {
    if (more && (running || !cursor)) return running ?? Promise.resolve();
    controller?.abort();
    const abort = linkedController(runtime.signal);
    controller = abort;
    store.update((state) =>
      more
        ? { ...state, loadingMore: true }
        : { ...state, status: state.status === 'ready' ? 'ready' : 'loading', loadingMore: false },
    );
    /** Ends this run before its result shows, so a `loadMore` called on `ready` is not swallowed. */
    let task: Promise<void> | undefined;
    const finish = () => {
      abort.abort();
      if (running === task) running = undefined;
    };
    task = (async () => {
      try {
        // Settles on stop even with a backend that ignores its signal.
        const { page, for: loadedFor } = await abortable(
          loadPage(more ? cursor : null, abort.signal),
          abort.signal,
        );
        finish();
        if (controller !== abort) return;
        // The person changed while this was loading: load theirs instead.
        if (loadedFor !== session.identityKey()) return run(false);
        if (owner !== undefined && owner !== loadedFor) store.set(IDLE);
        owner = loadedFor;
        cursor = page.nextCursor;
        store.update((state) => ({
          status: 'ready',
          tickets: more ? withTickets(state.tickets, page.data, false) : page.data,
          error: undefined,
          hasMore: page.nextCursor !== null,
          loadingMore: false,
        }));
      } catch (error) {
        const stopped = abort.signal.aborted;
        finish();
        if (controller !== abort) return;
        store.update((state) =>
          stopped
            ? { ...state, status: state.status === 'loading' ? 'idle' : state.status, loadingMore: false }
            : { ...state, status: 'error', error: toParleyError(error), loadingMore: false },
        );
      }
    })();
    running = task;
    return task;
  };

  const store = createStore<TicketListState>(IDLE, {
    onStart() {
      if (owner !== undefined && owner !== session.identityKey()) {
        owner = undefined;
        store.set(IDLE);
      }
      const stops = [
        feed.subscribe({
          onTicket(ticket) {
            const { tickets } = store.getSnapshot();
            const index = tickets.findIndex((each) => each.id === ticket.id);
            // A ticket not in the list may be a new one of this user (from another tab): the backend
            // knows which tickets are theirs, so ask it again.
            if (index === -1) return void run(false);
            const next = newerTicket(tickets[index], ticket);
            if (next !== tickets[index]) {
              store.update((state) => ({
                ...state,
                tickets: state.tickets.map((each) => (each.id === next.id ? next : each)),
              }));
            }
          },
          onResync: () => void run(false),
        }),
        session.onChange(() => {
          if (owner !== undefined && owner !== session.identityKey()) {
            owner = undefined;
            store.set({ ...IDLE, status: 'loading' });
            void run(false);
          }
        }),
      ];
      void run(false);
      return () => {
        for (const stop of stops) stop();
        controller?.abort();
        controller = undefined;
      };
    },
  });

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    loadMore: () => run(true),
    refresh: () => run(false),
    receiveCreated(ticket) {
      if (owner === session.identityKey() && session.current()?.contact.kind === 'user') {
        store.update((state) => ({ ...state, tickets: withTickets(state.tickets, [ticket], true) }));
      }
    },
  };
}
