import { widgetConfigSchema } from '../config/widgetConfigSchema';
import { ParleyError } from '../errors/ParleyError';
import type { Schema } from '../schema/Schema';
import type { HttpRequest } from '../transport/HttpRequest';
import { openRequest } from '../transport/openRequest';
import { readJson } from '../transport/readJson';
import { request } from '../transport/request';
import { toTransportOptions } from '../transport/toTransportOptions';
import { validate } from '../transport/validate';
import type { Backend, BackendCall } from './Backend';
import { readEventStream } from './readEventStream';
import {
  attachmentSchema,
  conversationPageSchema,
  conversationSchema,
  messagePageSchema,
  messageSchema,
} from './schemas/conversationSchemas';
import { eventPollResponseSchema, realtimeEvents } from './schemas/eventSchemas';
import {
  articleSchema,
  articleSummaryPageSchema,
  collectionListSchema,
  searchResponseSchema,
  suggestResponseSchema,
} from './schemas/knowledgeBaseSchemas';
import { contactSchema, redeemedLinkSchema, sessionSchema } from './schemas/sessionSchemas';
import {
  createdTicketSchema,
  ticketCommentPageSchema,
  ticketCommentSchema,
  ticketLookupSchema,
  ticketPageSchema,
  ticketSchema,
} from './schemas/ticketSchemas';

/** Options of {@link createHttpBackend}. */
export interface HttpBackendOptions {
  /**
   * Where the backend lives. The backend adds `/v1/...` to it.
   * @example 'https://support.example.com'
   */
  baseUrl: string;
  /**
   * The `fetch` to use. Looked up on `globalThis` at each call when omitted, never captured at import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch | undefined;
  /**
   * How long one request may take before it fails with `code: 'timeout'`. A long poll gets its own wait
   * on top; an open event stream has no limit once connected.
   * @default 15000
   */
  timeoutMs?: number | undefined;
}

/** The server's longest long-poll wait when the request names none. */
const DEFAULT_POLL_SECONDS = 25;

/**
 * Parses the `data:` of a realtime event: one of a type we know is checked, one of a type a newer backend
 * may add is `undefined` (skipped).
 */
const knownEvent = (data: unknown) => {
  const value: unknown = JSON.parse(data as string);
  return realtimeEvents.isKnown(value) ? realtimeEvents.schema(value) : undefined;
};

/**
 * The default {@link Backend}: the Parley REST contract (`/v1/...`) over `fetch`. Every answer is
 * validated before it is returned (a malformed one is `invalid_response`), and every failure is a
 * {@link ParleyError}. Nothing happens until a member is called.
 *
 * The realtime stream (`openEvents`) is read with `fetch`, not `EventSource`, so it can send the bearer
 * token as a header and choose its `Last-Event-ID`. A `data:` that is not JSON or not a valid event of a
 * known type rejects the stream with `invalid_response` (the caller reconnects after the last good id);
 * event types this client does not know are skipped.
 *
 * @example
 * ```ts
 * const backend = createHttpBackend({ baseUrl: 'https://support.example.com' });
 * const session = await backend.createSession({ widgetKey: 'wk_live_123' });
 * const page = await backend.listConversations({}, { token: session.token });
 * ```
 */
export function createHttpBackend(options: HttpBackendOptions): Required<Backend> {
  const transport = toTransportOptions(options);

  /**
   * A member that is one request, from `'METHOD /path key...'`. An `@` in the path is the first argument
   * (an id, encoded). Then comes the payload: for a GET, the listed keys of it are the query (`query` is
   * sent as `q`), and a GET without keys has none; a DELETE has none; any other method sends it as the JSON
   * body, wrapped in the one listed key if there is one (`{ typing }`). The last argument is the call.
   * Without a schema the answer is a 204.
   */
  const route =
    <T = undefined>(spec: string, schema?: Schema<T>) =>
    (...args: unknown[]): Promise<T> => {
      const [method, path, ...keys] = spec.split(' ') as [HttpRequest['method'], string, ...string[]];
      // The id first (the callback runs only when the path has an `@`), then the payload.
      const init: HttpRequest = {
        method,
        path: path.replace('@', () => encodeURIComponent(args.shift() as string)),
      };
      const payload =
        method === 'DELETE' || (method === 'GET' && !keys.length)
          ? undefined
          : (args.shift() as Record<string, string | number | undefined>);
      init.call = args[0] as BackendCall;
      if (method === 'GET') {
        init.query = Object.fromEntries(keys.map((key) => [key === 'query' ? 'q' : key, payload?.[key]]));
      } else init.json = keys[0] ? { [keys[0]]: payload } : payload;
      return request(transport, init, schema as Schema<T>);
    };
  const collectionArticles = route(
    'GET /kb/collections/@/articles widgetKey locale cursor limit',
    articleSummaryPageSchema,
  );

  return {
    getConfig: route('GET /widget/config widgetKey locale', widgetConfigSchema),
    createSession: route('POST /session', sessionSchema),
    identify: route('POST /session/identify', sessionSchema),
    updateContact: route('PATCH /session/contact', contactSchema),
    endSession: route('DELETE /session'),
    redeemLink: route('POST /session/link', redeemedLinkSchema),

    listConversations: route('GET /conversations cursor limit', conversationPageSchema),
    createConversation: route('POST /conversations', conversationSchema),
    getConversation: route('GET /conversations/@', conversationSchema),
    listMessages: route('GET /conversations/@/messages before after limit', messagePageSchema),
    sendMessage: route('POST /conversations/@/messages', messageSchema),
    setTyping: route('POST /conversations/@/typing typing'),
    markRead: route('POST /conversations/@/read messageId'),
    rateConversation: route('PUT /conversations/@/rating', conversationSchema),
    uploadAttachment({ blob, name }, call) {
      const form = new FormData();
      form.append('file', blob, name);
      return request(transport, { method: 'POST', path: '/attachments', form, call }, attachmentSchema);
    },

    openEvents: (call, handlers) =>
      openRequest(
        transport,
        {
          path: '/events',
          headers: { accept: 'text/event-stream', 'last-event-id': call.lastEventId },
          call,
        },
        async ({ body, headers, status }, endTimeout, signal) => {
          // Connected: from now on the stream may stay open as long as the server keeps it.
          endTimeout();
          if (!body || !/^text\/event-stream/i.test(headers.get('content-type') ?? '')) {
            throw new ParleyError('invalid_response', 'Not an event stream.', { status });
          }
          handlers.onOpen();
          await readEventStream(
            body,
            (data, id) => {
              const event = data === undefined ? data : validate(knownEvent, data, 'Event');
              handlers.onActivity(id);
              if (event) handlers.onEvent(event);
            },
            signal,
          );
        },
      ).catch((error: unknown) => {
        // Cancelled by the caller: the stream ended as asked, wherever it was.
        if (!call.signal?.aborted) throw error;
      }),
    pollEvents: (call) =>
      request(
        transport,
        {
          path: '/events/poll',
          query: { after: call.after, timeout: call.timeoutSeconds },
          // The server may hold the answer for the whole wait: the time limit starts after it.
          timeoutMs: transport.timeoutMs + (call.timeoutSeconds ?? DEFAULT_POLL_SECONDS) * 1000,
          call,
        },
        eventPollResponseSchema,
      ),

    listTickets: route('GET /tickets cursor limit', ticketPageSchema),
    createTicket: route('POST /tickets', createdTicketSchema),
    lookupTicket: route('POST /tickets/lookup', (value) => ticketLookupSchema(value).ticket),
    getTicket: route('GET /tickets/@', ticketSchema),
    listTicketComments: route('GET /tickets/@/comments cursor limit', ticketCommentPageSchema),
    replyToTicket: route('POST /tickets/@/comments', ticketCommentSchema),

    searchArticles: route(
      'GET /kb/search widgetKey query locale collectionId cursor limit',
      searchResponseSchema,
    ),
    suggestArticles: route('GET /kb/suggest widgetKey query pageUrl locale', suggestResponseSchema),
    getArticle: ({ widgetKey, articleId, locale, etag }, call) =>
      openRequest(
        transport,
        { path: `/kb/articles/${encodeURIComponent(articleId)}`, query: { widgetKey, locale }, etag, call },
        async (response) => {
          if (response.status === 304) return { notModified: true };
          const tag = response.headers.get('etag');
          // An absurd ETag is not worth keeping and sending back.
          return {
            notModified: false,
            article: await readJson(response, articleSchema),
            etag: tag && tag.length < 257 ? tag : undefined,
          };
        },
      ),
    listCollections: route('GET /kb/collections widgetKey locale', collectionListSchema),
    listCollectionArticles: (query, call) => collectionArticles(query.collectionId, query, call),
    sendArticleFeedback: route('POST /kb/articles/@/feedback'),
  };
}
