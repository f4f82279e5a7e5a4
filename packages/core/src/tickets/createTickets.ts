import type { RealtimeEvent, Ticket, TicketComment } from '@parley/contract';
import type { BackendCall } from '../backend/Backend';
import { offered } from '../backend/offered';
import type { ClientRuntime } from '../client/ClientRuntime';
import { collectConversationContext } from '../context/collectConversationContext';
import { newClientMessageId } from '../conversations/newClientMessageId';
import { ParleyError } from '../errors/ParleyError';
import { createLiveStore, type LiveCall, type LiveState, type LiveStore } from '../store/createLiveStore';
import type { AttachmentFile, TicketListState, TicketListStore, TicketState, TicketsApi } from './TicketsApi';

/**
 * The more recent of two versions of a ticket: an answer that was already on its way when a realtime
 * update arrived must not undo that update. Ties go to `incoming`.
 */
const newer = (current: Ticket | undefined, incoming: Ticket): Ticket =>
  current && Date.parse(current.updatedAt) > Date.parse(incoming.updatedAt) ? current : incoming;

/**
 * `current` followed by the items of `incoming` it does not have yet (matched by id, so a reply and its
 * realtime echo show once). Returns `current` itself when nothing is new, so a snapshot keeps its identity.
 */
const withNew = <T extends { id: string }>(current: readonly T[], incoming: readonly T[]): readonly T[] => {
  const added = incoming.filter((item) => !current.some((each) => each.id === item.id));
  return added[0] ? [...current, ...added] : current;
};

/** `T` without its `undefined` members (which {@link trimmed} leaves out). */
type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * `input` with its strings trimmed and its empty members left out; rejects with `invalid_request` when one
 * of `required` is left out, before anything is sent.
 */
function trimmed<T extends object>(input: T, required: readonly string[]): Defined<T> {
  const output: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input) as [string, unknown][]) {
    const kept = typeof value === 'string' ? value.trim() : value;
    if (kept) output[key] = kept;
  }
  for (const key of required) if (!output[key]) throw new ParleyError('invalid_request', `Missing ${key}.`);
  return output as Defined<T>;
}

/** What the tickets domain implements: `find` is made of `lookup` and `get` by the client (deferTickets). @internal */
export type TicketsDomain = Omit<TicketsApi, 'find'>;

/**
 * Creates the tickets domain of a client. Every ticket store and the list store share one realtime
 * listener, and one way to show a ticket or a comment wherever it is shown.
 * @internal
 */
export function createTickets(runtime: ClientRuntime): TicketsDomain {
  const { backend, session } = runtime;
  const stores = new Map<string, LiveStore<TicketState>>();
  let list: LiveStore<TicketListState> | undefined;
  let listView: TicketListStore | undefined;
  /** The version of each ticket the client's `ticket` event last announced. */
  const announced = new Map<string, string>();
  let lastEvent: RealtimeEvent | undefined;

  /** Shows a comment in its ticket's store, once (a reply and its realtime echo are one). */
  const showComment = (ticketId: string, comment: TicketComment) => {
    const store = stores.get(ticketId);
    store?.patch('comments', (comments) => withNew(comments, [comment]));
    return store;
  };
  /**
   * Shows a new version of a ticket wherever it is shown, and raises the client's `ticket` event once per
   * version (a created ticket's realtime echo adds nothing). A ticket missing from the list may be a new
   * one of this user (created here or in another tab): the backend knows which tickets are theirs (a
   * visitor has none), so the list asks it again; the promise settles when the list shows the answer.
   */
  const showTicket = async (ticket: Ticket) => {
    const { id, updatedAt } = ticket;
    stores.get(id)?.patch('ticket', (shown) => newer(shown, ticket));
    if (announced.get(id) !== updatedAt) runtime.emit('ticket', { ticket });
    announced.set(id, updatedAt);
    if (!list?.active()) return;
    const shown = list.getSnapshot().tickets.find((each) => each.id === id);
    if (!shown) await list.run();
    else if (newer(shown, ticket) !== shown) {
      list.patch('tickets', (tickets) => tickets.map((each) => (each === shown ? ticket : each)));
    }
  };

  /** The one realtime listener of every ticket store: an event that several stores hear is handled once. */
  const onEvent = (event: RealtimeEvent) => {
    if (event === lastEvent) return;
    lastEvent = event;
    if (event.type === 'ticket.comment.created') showComment(event.data.ticketId, event.data.comment);
    if (event.type === 'ticket.updated') void showTicket(event.data.ticket);
  };
  const live = <S extends LiveState>(
    state: Omit<S, 'status' | 'error'>,
    load: (call: LiveCall, more: boolean) => Promise<(state: S) => S>,
  ) => createLiveStore(runtime, { status: 'idle', error: undefined, ...state } as S, load, onEvent);

  /**
   * One user action that creates something: `input` is trimmed and checked, its files are uploaded, then
   * `send` posts it with their ids. All of it is retried as one, under one idempotency key (each file under
   * `<key>.<index>`), so however often it is retried it creates one thing and stores each file once.
   */
  const post = <B, T>(
    { files = [], ...input }: B & { files?: readonly AttachmentFile[] | undefined },
    required: readonly string[],
    signal: AbortSignal | undefined,
    send: (body: Defined<Omit<B, 'files'>> & { attachmentIds: string[] }, call: BackendCall) => Promise<T>,
  ): Promise<T> => {
    const body = trimmed(input, required);
    const key = newClientMessageId();
    return session.withToken((token) =>
      runtime.retry(
        async (attempt) => {
          const call = (idempotencyKey: string) => ({ token, idempotencyKey, signal: attempt });
          const attachmentIds = await Promise.all(
            files.map((file, index) =>
              offered(backend, 'uploadAttachment')(
                'blob' in file ? file : { blob: file, name: file.name || 'file' },
                call(`${key}.${index}`),
              ).then((attachment) => attachment.id),
            ),
          );
          return send({ ...body, attachmentIds }, call(key));
        },
        { signal },
      ),
    );
  };

  return {
    async lookup(lookup, { signal } = {}) {
      const find = offered(backend, 'lookupTicket');
      const request = trimmed(lookup, Object.keys(lookup));
      // No retry: lookups are rate limited, and a retry would spend the customer's attempts.
      return session.withToken((token) => find(request, { token, signal }));
    },

    list() {
      if (!listView) {
        let cursor: string | null | undefined;
        const store = live<TicketListState>(
          { tickets: [], hasMore: false, loadingMore: false },
          async (call, more) => {
            // The contract gives lists to identified users only; a visitor's list is empty, not an error.
            const page =
              session.current()?.contact.kind === 'visitor'
                ? { data: [], nextCursor: null }
                : await call((c) =>
                    offered(backend, 'listTickets')({ cursor: (more && cursor) || undefined, limit: 20 }, c),
                  );
            return (state) => {
              cursor = page.nextCursor;
              return {
                ...state,
                tickets: more ? withNew(state.tickets, page.data) : page.data,
                hasMore: !!cursor,
              };
            };
          },
        );
        list = store;
        listView = {
          ...store.view,
          loadMore: async () => {
            if (store.getSnapshot().hasMore) await store.run(true);
          },
        };
      }
      return listView;
    },

    async create(ticket, { signal } = {}) {
      const created = await post(
        // Read once, so that every retry sends the very same body under the same key.
        { ...ticket, context: collectConversationContext(runtime) },
        ['email', 'subject', 'message'],
        signal,
        offered(backend, 'createTicket'),
      );
      await showTicket(created.ticket);
      return created;
    },

    get(ticketId) {
      let store = stores.get(ticketId);
      if (!store) {
        store = live<TicketState>({ ticket: undefined, comments: [] }, async (call) => {
          const comments: TicketComment[] = [];
          const [ticket] = await Promise.all([
            call((c) => offered(backend, 'getTicket')(ticketId, c)),
            (async () => {
              // At most 100 pages: a guard against a backend whose cursors never end.
              for (let cursor: string | null | undefined, pages = 0; cursor !== null && pages++ < 100; ) {
                const page = await call((c) =>
                  offered(backend, 'listTicketComments')(
                    ticketId,
                    { cursor: cursor as string | undefined, limit: 100 },
                    c,
                  ),
                );
                comments.push(...page.data);
                cursor = page.nextCursor;
              }
            })(),
          ]);
          // The loaded thread first, then what realtime brought meanwhile (a comment shows once, by id).
          return (state) => ({
            ...state,
            ticket: newer(state.ticket, ticket),
            comments: withNew(comments, state.comments),
          });
        });
        stores.set(ticketId, store);
      }
      return store.view;
    },

    async reply(ticketId, reply, { signal } = {}) {
      const replyToTicket = offered(backend, 'replyToTicket');
      const comment = await post(reply, ['text'], signal, (body, call) =>
        replyToTicket(ticketId, body, call),
      );
      // A reply can move the ticket back to `open`; without realtime nothing else would say so.
      const store = showComment(ticketId, comment);
      if (store?.active()) void store.run();
      return comment;
    },
  };
}
