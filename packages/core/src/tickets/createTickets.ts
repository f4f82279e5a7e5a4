import type { CreateTicketRequest, TicketLookupRequest } from '@parley/contract';
import type { BackendCall } from '../backend/Backend';
import type { ClientRuntime } from '../client/ClientRuntime';
import { collectConversationContext } from '../context/collectConversationContext';
import { ParleyError } from '../errors/ParleyError';
import { linkedController } from '../transport/linkedController';
import { createTicketFeed } from './createTicketFeed';
import { createTicketListStore, type TicketListStoreInternal } from './createTicketListStore';
import { createTicketStore, type TicketStoreInternal } from './createTicketStore';
import { newIdempotencyKey } from './newIdempotencyKey';
import type { NewTicket, TicketsApi } from './TicketsApi';
import { uploadFiles } from './uploadFiles';

function invalid(message: string): ParleyError {
  return new ParleyError('invalid_request', message);
}

function notOffered(what: string): ParleyError {
  return invalid(`${what} is not offered by this backend.`);
}

/** Trims `value` when it is a string; anything else becomes empty. */
function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Creates the tickets domain of a client.
 * @internal
 */
export function createTickets(runtime: ClientRuntime): TicketsApi {
  const { backend, session } = runtime;
  const feed = createTicketFeed(runtime);
  const stores = new Map<string, TicketStoreInternal>();
  let listStore: TicketListStoreInternal | undefined;

  /**
   * One user action that creates something: the files are uploaded, then `post` runs with retries, all
   * under one idempotency key, so however often it is retried it creates one thing.
   */
  const postOnce = <T>(
    files: NewTicket['files'],
    signal: AbortSignal | undefined,
    post: (attachmentIds: string[] | undefined, call: BackendCall) => Promise<T>,
  ): Promise<T> => {
    const idempotencyKey = newIdempotencyKey();
    const controller = linkedController(signal, runtime.signal);
    return session
      .withToken(async (token) => {
        const call = { token, idempotencyKey, signal: controller.signal };
        const ids = await uploadFiles(runtime, files, call);
        return runtime.retry(
          (attempt) => post(ids.length > 0 ? ids : undefined, { ...call, signal: attempt }),
          {
            signal: controller.signal,
          },
        );
      })
      .finally(() => controller.abort());
  };

  return {
    async lookup(lookup, { signal } = {}) {
      const find = backend.lookupTicket;
      if (!find) throw notOffered('Ticket lookup');
      const reference = text(lookup?.reference);
      const request: TicketLookupRequest =
        lookup && 'accessKey' in lookup
          ? { reference, accessKey: text(lookup.accessKey) }
          : { reference, email: text(lookup?.email) };
      if (!reference || !('email' in request ? request.email : request.accessKey)) {
        throw invalid('A ticket lookup needs the reference and the email or access key.');
      }
      // No retry: lookups are rate limited, and a retry would spend the customer's attempts.
      const ticket = await session.withToken((token) => find.call(backend, request, { token, signal }));
      stores.get(ticket.id)?.receiveTicket(ticket);
      return ticket;
    },

    list: () => {
      listStore ??= createTicketListStore(runtime, feed);
      return listStore;
    },

    async create(input, { signal } = {}) {
      const createTicket = backend.createTicket;
      if (!createTicket) throw notOffered('Tickets');
      const request: CreateTicketRequest = {
        email: text(input?.email),
        subject: text(input?.subject),
        message: text(input?.message),
        // Read once, so that every retry sends the very same body under the same key.
        context: collectConversationContext(runtime),
      };
      if (!request.email || !request.subject || !request.message) {
        throw invalid('A ticket needs an email, a subject and a message.');
      }
      const name = text(input.name);
      if (name) request.name = name;
      if (input.fields && Object.keys(input.fields).length > 0) request.fields = { ...input.fields };
      const created = await postOnce(input.files, signal, (attachmentIds, call) =>
        createTicket.call(backend, attachmentIds ? { ...request, attachmentIds } : request, call),
      );
      listStore?.receiveCreated(created.ticket);
      feed.announce(created.ticket);
      return created;
    },

    get(ticketId) {
      let store = stores.get(ticketId);
      if (!store) {
        store = createTicketStore(runtime, feed, ticketId);
        stores.set(ticketId, store);
      }
      return store;
    },

    async reply(ticketId, input, { signal } = {}) {
      const replyToTicket = backend.replyToTicket;
      if (!replyToTicket) throw notOffered('Ticket replies');
      const replyText = text(input?.text);
      if (!replyText) throw invalid('A reply needs text.');
      const comment = await postOnce(input.files, signal, (attachmentIds, call) =>
        replyToTicket.call(
          backend,
          ticketId,
          attachmentIds ? { text: replyText, attachmentIds } : { text: replyText },
          call,
        ),
      );
      const store = stores.get(ticketId);
      store?.receiveComment(comment);
      // A reply can move the ticket back to `open`; without realtime nothing else would say so.
      store?.refreshIfActive();
      return comment;
    },
  };
}
