import type { CreatedTicket, Ticket, TicketComment } from '@parley/contract';
import type { UploadFile } from '../backend/Backend';
import type { ParleyError } from '../errors/ParleyError';
import type { Store } from '../store/Store';

/** A file to attach: a `File` from an `<input type="file">` or a drop, or a blob with a name. */
export type AttachmentFile = File | UploadFile;

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

/** How to find a ticket: its reference with the requester's email, or with the access key given at creation. */
export type TicketLookup = { reference: string; email: string } | { reference: string; accessKey: string };

/** The offline form: what {@link TicketsApi.create} sends. */
export interface NewTicket {
  /** Where the team answers. */
  email: string;
  name?: string | undefined;
  /** At most 200 characters. */
  subject: string;
  /** The first message, at most 10,000 characters. */
  message: string;
  /** Answers to the extra fields of the widget's offline form (`forms.offline` of the widget config). */
  fields?: Readonly<Record<string, string>> | undefined;
  /** Files to attach (uploaded first). */
  files?: readonly AttachmentFile[] | undefined;
}

/** A reply of the customer to a ticket. */
export interface TicketReply {
  /** At most 10,000 characters. */
  text: string;
  /** Files to attach (uploaded first). */
  files?: readonly AttachmentFile[] | undefined;
}

/** Options of the ticket calls that can be cancelled. */
export interface TicketRequestOptions {
  /** Cancels the call (and its retries); the promise then rejects with `code: 'aborted'`. */
  signal?: AbortSignal | undefined;
}

/** Tickets: `client.tickets`. */
export interface TicketsApi {
  /**
   * Finds a ticket by its reference and the requester's email, or its reference and access key, and lets
   * this session read and answer it from then on. A wrong reference, a wrong email and a wrong key all
   * reject alike with `not_found`, so nothing tells which was wrong. Never retried by itself: too many
   * attempts reject with `rate_limited`, and `error.retryAfterMs` says how long to wait.
   * @throws {ParleyError} `not_found`, `rate_limited`, `invalid_request` (empty input)...
   * @example
   * ```ts
   * const ticket = await client.tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' });
   * ```
   */
  lookup(lookup: TicketLookup, options?: TicketRequestOptions): Promise<Ticket>;
  /** The identified user's tickets, as a store; the same store on every call. */
  list(): TicketListStore;
  /**
   * Creates a ticket from the offline form. The page the customer is on and the searches and articles
   * they saw travel along as context. Files are uploaded first. Retried on network failures and 5xx
   * with one idempotency key, so it creates one ticket (and stores each file once) however often it is
   * retried. While the user's {@link TicketsApi.list} is watched, it shows the new ticket when this resolves.
   * @returns the ticket and its access key: show the key to the customer (it is given only this once);
   *   with the reference it opens the ticket without the email.
   * @throws {ParleyError} `invalid_request` (a missing field; `problemCode: 'validation_failed'` for what
   *   the backend refused)...
   * @example
   * ```ts
   * const { ticket, accessKey } = await client.tickets.create({
   *   email: 'noor@example.com',
   *   subject: 'Export to PDF cuts off the last page',
   *   message: 'It happens with every notebook.',
   * });
   * ```
   */
  create(ticket: NewTicket, options?: TicketRequestOptions): Promise<CreatedTicket>;
  /**
   * One ticket as a store: its status timeline and whole thread, loaded when the first listener
   * subscribes and kept live while anyone listens. The same store for the same id.
   * @example
   * ```ts
   * const store = client.tickets.get(ticket.id);
   * const stop = store.subscribe(() => render(store.getSnapshot()));
   * ```
   */
  get(ticketId: string): TicketStore;
  /**
   * A ticket known by its reference, as a store: looked up (with the email or the access key) when the
   * first listener subscribes, then kept live like {@link TicketsApi.get}. A failed lookup shows in `error`
   * (`not_found`, `rate_limited`...) and is not retried by itself: lookups are rate limited; `refresh()`
   * tries again. The same store for the same lookup.
   * @example
   * ```ts
   * const store = client.tickets.find({ reference: 'PRL-4821', email: 'ada@example.com' });
   * const stop = store.subscribe(() => render(store.getSnapshot()));
   * ```
   */
  find(lookup: TicketLookup): TicketStore;
  /**
   * Replies to a ticket. Retried on network failures and 5xx with one idempotency key, so the reply is
   * posted once; it then shows once in the ticket's store, even when its realtime echo arrives too.
   * @throws {ParleyError} `not_found`, `conflict` (a closed ticket takes no replies)...
   */
  reply(ticketId: string, reply: TicketReply, options?: TicketRequestOptions): Promise<TicketComment>;
}
