import type { Ticket, TicketComment } from '@parley/contract';
import { abortable } from '../articles/abortable';
import type { ClientRuntime } from '../client/ClientRuntime';
import { ParleyError } from '../errors/ParleyError';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import { linkedController } from '../transport/linkedController';
import type { TicketFeed } from './createTicketFeed';
import { mergeComments } from './mergeComments';
import { newerTicket } from './newerTicket';
import { toParleyError } from './toParleyError';

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

/** What {@link createTickets} needs beyond the public store. @internal */
export interface TicketStoreInternal extends TicketStore {
  receiveTicket(ticket: Ticket): void;
  receiveComment(comment: TicketComment): void;
  /** Reloads when someone is listening. */
  refreshIfActive(): void;
}

const IDLE: TicketState = { status: 'idle', ticket: undefined, comments: [], error: undefined };
/** A guard against a backend whose cursors never end. */
const MAX_PAGES = 100;

/**
 * Creates the store of one ticket.
 * @internal
 */
export function createTicketStore(
  runtime: ClientRuntime,
  feed: TicketFeed,
  ticketId: string,
): TicketStoreInternal {
  const { backend, session } = runtime;
  /** Whose data the store holds (the session's identity key when it was loaded). */
  let owner: string | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let controller: AbortController | undefined;

  const receiveTicket = (ticket: Ticket) => {
    if (ticket.id === ticketId)
      store.update((state) => ({ ...state, ticket: newerTicket(state.ticket, ticket) }));
  };
  const receiveComments = (comments: readonly TicketComment[]) =>
    store.update((state) => {
      const merged = mergeComments(state.comments, comments);
      return merged === state.comments ? state : { ...state, comments: merged };
    });
  /** Forgets another person's ticket when the session's person changed. */
  const checkOwner = () => {
    if (owner !== undefined && owner !== session.identityKey()) {
      owner = undefined;
      store.set(IDLE);
      return true;
    }
    return false;
  };

  const loadOnce = async () => {
    const { getTicket, listTicketComments } = backend;
    const abort = linkedController(runtime.signal);
    controller = abort;
    const { signal } = abort;
    store.update((state) => (state.ticket ? state : { ...state, status: 'loading', error: undefined }));
    try {
      let loadedFor = '';
      const loaded = session.withToken(async (token) => {
        loadedFor = session.identityKey();
        if (!getTicket || !listTicketComments) {
          throw new ParleyError('invalid_request', 'Tickets are not offered by this backend.');
        }
        const readComments = async () => {
          const all: TicketComment[] = [];
          let cursor: string | undefined;
          for (let page = 0; page < MAX_PAGES && (page === 0 || cursor); page++) {
            const { data, nextCursor } = await runtime.retry(
              (attempt) =>
                listTicketComments.call(
                  backend,
                  ticketId,
                  { cursor, limit: 100 },
                  { token, signal: attempt },
                ),
              { signal },
            );
            all.push(...data);
            cursor = nextCursor ?? undefined;
          }
          return all;
        };
        return Promise.all([
          runtime.retry((attempt) => getTicket.call(backend, ticketId, { token, signal: attempt }), {
            signal,
          }),
          readComments(),
        ]);
      });
      // Settles on stop even with a backend that ignores its signal, so the store never hangs in a load.
      const [ticket, comments] = await abortable(loaded, signal);
      // The person changed while this was loading: the answer is theirs, not the current person's.
      if (loadedFor !== session.identityKey()) {
        again = active;
        return;
      }
      checkOwner();
      owner = loadedFor;
      store.update((state) => ({
        status: 'ready',
        ticket: newerTicket(state.ticket, ticket),
        comments: mergeComments(state.comments, comments),
        error: undefined,
      }));
    } catch (error) {
      if (signal.aborted) {
        // Stopped because the last listener left: not a failure to show.
        store.update((state) =>
          state.status === 'loading' ? { ...state, status: state.ticket ? 'ready' : 'idle' } : state,
        );
      } else {
        store.update((state) => ({ ...state, status: 'error', error: toParleyError(error) }));
      }
    } finally {
      // Done either way: this also unhooks it from the client's lifetime signal.
      abort.abort();
    }
  };

  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await loadOnce();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  let active = false;
  const store = createStore<TicketState>(IDLE, {
    onStart() {
      active = true;
      checkOwner();
      const stops = [
        feed.subscribe({
          onTicket: receiveTicket,
          onComment: (id, comment) => {
            if (id === ticketId) receiveComments([comment]);
          },
          onResync: () => void refresh(),
        }),
        session.onChange(() => {
          if (checkOwner()) void refresh();
        }),
      ];
      void refresh();
      return () => {
        active = false;
        again = false;
        for (const stop of stops) stop();
        controller?.abort();
      };
    },
  });

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    refresh,
    receiveTicket,
    receiveComment: (comment) => receiveComments([comment]),
    refreshIfActive: () => {
      if (active) void refresh();
    },
  };
}
