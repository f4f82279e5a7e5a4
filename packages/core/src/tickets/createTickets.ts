import type {
  CreateTicketRequest,
  RealtimeEvent,
  Ticket,
  TicketComment,
  TicketLookupRequest,
} from '@parley/contract';
import type { BackendCall } from '../backend/Backend';
import { offered } from '../backend/offered';
import type { ClientRuntime } from '../client/ClientRuntime';
import { collectConversationContext } from '../context/collectConversationContext';
import { newClientMessageId } from '../conversations/newClientMessageId';
import { ParleyError } from '../errors/ParleyError';
import type { LiveStore } from '../store/createLiveStore';
import { createTicketListStore, type TicketListState, type TicketListStore } from './createTicketListStore';
import { createTicketStore, type TicketState } from './createTicketStore';
import { newerTicket } from './newerTicket';
import type { TicketsApi } from './TicketsApi';
import { type AttachmentFile, uploadFiles } from './uploadFiles';
import { withNew } from './withNew';

const invalid = (message: string) => new ParleyError('invalid_request', message);

/**
 * Creates the tickets domain of a client.
 * @internal
 */
export function createTickets(runtime: ClientRuntime): TicketsApi {
  const { backend, session } = runtime;
  const stores = new Map<string, LiveStore<TicketState>>();
  let list: LiveStore<TicketListState> | undefined;
  let listView: TicketListStore | undefined;
  /** The version of each ticket the client's `ticket` event last announced. */
  const announced = new Map<string, string>();
  let lastEvent: RealtimeEvent | undefined;

  /** Raises the client's `ticket` event once per version: a created ticket's realtime echo adds nothing. */
  const announce = (ticket: Ticket) => {
    if (announced.get(ticket.id) === ticket.updatedAt) return;
    announced.set(ticket.id, ticket.updatedAt);
    runtime.emit('ticket', { ticket });
  };
  const showTicket = (ticket: Ticket) =>
    stores.get(ticket.id)?.patch('ticket', (shown) => newerTicket(shown, ticket));
  /** Shows a comment in its ticket's store, once (a reply and its realtime echo are one). */
  const showComment = (ticketId: string, comment: TicketComment) =>
    stores.get(ticketId)?.patch('comments', (comments) => withNew(comments, [comment]));

  /** The one realtime listener of every ticket store: an event that several stores hear is handled once. */
  const onEvent = (event: RealtimeEvent) => {
    if (event === lastEvent) return;
    lastEvent = event;
    if (event.type === 'ticket.comment.created') showComment(event.data.ticketId, event.data.comment);
    if (event.type !== 'ticket.updated') return;
    const { ticket } = event.data;
    showTicket(ticket);
    announce(ticket);
    if (!list?.active()) return;
    const shown = list.getSnapshot().tickets.find((each) => each.id === ticket.id);
    // A ticket not in the list may be a new one of this user (from another tab): the backend knows which
    // tickets are theirs, so ask it again.
    if (!shown) void list.run();
    else if (newerTicket(shown, ticket) !== shown) {
      list.patch('tickets', (tickets) => tickets.map((each) => (each === shown ? ticket : each)));
    }
  };

  /**
   * One user action that creates something: its files are uploaded, then `post` runs with retries, all
   * under one idempotency key, so however often it is retried it creates one thing.
   */
  const postOnce = <T>(
    files: readonly AttachmentFile[] = [],
    signal: AbortSignal | undefined,
    post: (attachments: { attachmentIds?: string[] }, call: BackendCall) => Promise<T>,
  ): Promise<T> => {
    const idempotencyKey = newClientMessageId();
    return session.withToken(async (token) => {
      const call = { token, idempotencyKey, signal };
      const attachmentIds = await uploadFiles(runtime, files, call);
      return runtime.retry(
        (attempt) => post(attachmentIds.length > 0 ? { attachmentIds } : {}, { ...call, signal: attempt }),
        call,
      );
    });
  };

  return {
    async lookup(lookup, { signal } = {}) {
      const find = offered(backend, 'lookupTicket');
      const reference = lookup.reference.trim();
      const request: TicketLookupRequest =
        'accessKey' in lookup
          ? { reference, accessKey: lookup.accessKey.trim() }
          : { reference, email: lookup.email.trim() };
      if (!Object.values(request).every(Boolean)) throw invalid('Missing reference, email or key.');
      // No retry: lookups are rate limited, and a retry would spend the customer's attempts.
      const ticket = await session.withToken((token) => find(request, { token, signal }));
      showTicket(ticket);
      return ticket;
    },

    list() {
      if (!listView) {
        const live = createTicketListStore(runtime, onEvent);
        list = live;
        listView = {
          ...live.view,
          loadMore: async () => {
            if (live.getSnapshot().hasMore) await live.run(true);
          },
        };
      }
      return listView;
    },

    async create({ email, name, subject, message, fields, files }, { signal } = {}) {
      const createTicket = offered(backend, 'createTicket');
      name = name?.trim();
      const request: CreateTicketRequest = {
        email: email.trim(),
        subject: subject.trim(),
        message: message.trim(),
        ...(name && { name }),
        ...(fields && { fields: { ...fields } }),
        // Read once, so that every retry sends the very same body under the same key.
        context: collectConversationContext(runtime),
      };
      if (!request.email || !request.subject || !request.message) {
        throw invalid('Missing email, subject or message.');
      }
      const created = await postOnce(files, signal, (attachments, call) =>
        createTicket({ ...request, ...attachments }, call),
      );
      const { ticket } = created;
      // Shown at the top of the user's list at once.
      if (list?.getSnapshot().status === 'ready' && session.current()?.contact.kind === 'user') {
        list.patch('tickets', (tickets) => withNew([ticket], tickets));
      }
      announce(ticket);
      return created;
    },

    get(ticketId) {
      const live = stores.get(ticketId) ?? createTicketStore(runtime, ticketId, onEvent);
      stores.set(ticketId, live);
      return live.view;
    },

    async reply(ticketId, { text, files }, { signal } = {}) {
      const replyToTicket = offered(backend, 'replyToTicket');
      text = text.trim();
      if (!text) throw invalid('Empty reply.');
      const comment = await postOnce(files, signal, (attachments, call) =>
        replyToTicket(ticketId, { text, ...attachments }, call),
      );
      showComment(ticketId, comment);
      // A reply can move the ticket back to `open`; without realtime nothing else would say so.
      const live = stores.get(ticketId);
      if (live?.active()) void live.run();
      return comment;
    },
  };
}
