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
import {
  attachmentSchema,
  conversationPageSchema,
  conversationSchema,
  messagePageSchema,
  messageSchema,
} from './schemas/conversationSchemas';
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

/** The realtime events' reader and schemas, loaded with the first stream or poll. */
const loadEventReading = () =>
  import('./eventReading').catch((cause: unknown) => {
    throw new ParleyError('network', 'Could not load the realtime event reader.', { cause });
  });

/**
 * The default {@link Backend}: the Parley REST contract (`/v1/...`) over `fetch`. Every answer is
 * validated before it is returned (a malformed one is `invalid_response`), and every failure is a
 * {@link ParleyError}. Nothing happens until a member is called.
 *
 * A read (GET) sends the defined members of its request as the query, as a write sends its request as
 * the JSON body; the ids in the path are encoded.
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
   * A member that is one request, from `'/path METHOD key'`; without a method, a GET. An `@` in the path
   * is the first argument (an id, encoded). Then comes the payload, for a path ending in `?` (the
   * payload's members are the query, `query` sent as `q`) and for a POST, PUT or PATCH (the JSON body,
   * wrapped in `key` when there is one: `{ typing }`). The last argument is the call. Without a schema
   * the answer is a 204.
   */
  const route =
    <T = undefined>(spec: string, schema?: Schema<T>) =>
    (...args: unknown[]): Promise<T> => {
      const [path, method, key] = spec.split(' ') as [string, HttpRequest['method'], string?];
      // The id first (the callback runs only when the path has an `@`), then the payload.
      const init: HttpRequest = {
        method,
        path: path.replace('@', () => encodeURIComponent(args.shift() as string)),
      };
      const payload = /\?| P/.test(spec) ? (args.shift() as Record<string, unknown>) : undefined;
      init.call = args[0] as BackendCall;
      // The `?` left in the path gives way to the query.
      if (method) init.json = key ? { [key]: payload } : payload;
      else init.query = { q: payload?.query, ...payload, query: undefined } as HttpRequest['query'];
      return request(transport, init, schema as Schema<T>);
    };
  // Repeated often enough to be worth a name in the bundle.
  const conversations = '/conversations';
  const collectionArticles = route('/kb/collections/@/articles?', articleSummaryPageSchema);
  const upload = route('/attachments POST', attachmentSchema);

  return {
    getConfig: route('/widget/config?', widgetConfigSchema),
    createSession: route('/session POST', sessionSchema),
    identify: route('/session/identify POST', sessionSchema),
    updateContact: route('/session/contact PATCH', contactSchema),
    endSession: route('/session DELETE'),
    redeemLink: route('/session/link POST', redeemedLinkSchema),

    listConversations: route(`${conversations}?`, conversationPageSchema),
    createConversation: route(`${conversations} POST`, conversationSchema),
    getConversation: route(`${conversations}/@`, conversationSchema),
    listMessages: route(`${conversations}/@/messages?`, messagePageSchema),
    sendMessage: route(`${conversations}/@/messages POST`, messageSchema),
    setTyping: route(`${conversations}/@/typing POST typing`),
    markRead: route(`${conversations}/@/read POST messageId`),
    rateConversation: route(`${conversations}/@/rating PUT`, conversationSchema),
    uploadAttachment({ blob, name }, call) {
      // The JSON body of a route, when a FormData, is sent as is (multipart).
      const form = new FormData();
      form.append('file', blob, name);
      return upload(form, call);
    },

    openEvents: (call, handlers) => {
      // Loaded while the request is on its way.
      const reading = loadEventReading();
      // Answered by the request's failure, if it fails first.
      reading.catch(() => {});
      return openRequest(
        transport,
        {
          path: '/events',
          headers: { accept: 'text/event-stream', 'last-event-id': call.lastEventId },
          call,
        },
        // A throw here is a rejection too: `openRequest` calls it from an async function.
        async ({ body, headers }, endTimeout, signal) => {
          // Connected: from now on the stream may stay open as long as the server keeps it.
          endTimeout();
          if (!body || !/^text\/event-stream/i.test(`${headers.get('content-type')}`)) {
            throw new ParleyError('invalid_response', 'Not an event stream.');
          }
          const { readEventStream, knownEvent } = await reading;
          handlers.onOpen();
          return readEventStream(
            body,
            (data, id) => {
              // An empty `data:` is no event, as in EventSource.
              const event = data && validate(knownEvent, data, 'Event');
              handlers.onActivity(id);
              if (event) handlers.onEvent(event);
            },
            signal,
          );
        },
      ).catch((error: unknown) => {
        // Cancelled by the caller: the stream ended as asked, wherever it was.
        if (!call.signal?.aborted) throw error;
      });
    },
    pollEvents: async (call) =>
      request(
        transport,
        {
          path: '/events/poll',
          query: { after: call.after, timeout: call.timeoutSeconds },
          // The server may hold the answer for the whole wait (25 s when the request names none): the time
          // limit starts after it.
          timeoutMs: transport.timeoutMs + (call.timeoutSeconds ?? 25) * 1000,
          call,
        },
        (await loadEventReading()).eventPollResponseSchema,
      ),

    listTickets: route('/tickets?', ticketPageSchema),
    createTicket: route('/tickets POST', createdTicketSchema),
    lookupTicket: route('/tickets/lookup POST', (value) => ticketLookupSchema(value).ticket),
    getTicket: route('/tickets/@', ticketSchema),
    listTicketComments: route('/tickets/@/comments?', ticketCommentPageSchema),
    replyToTicket: route('/tickets/@/comments POST', ticketCommentSchema),

    searchArticles: route('/kb/search?', searchResponseSchema),
    suggestArticles: route('/kb/suggest?', suggestResponseSchema),
    getArticle: ({ articleId, etag, ...query }, call) =>
      openRequest(
        transport,
        { path: `/kb/articles/${encodeURIComponent(articleId)}`, query, etag, call },
        async (response) => {
          const tag = response.headers.get('etag');
          // An absurd ETag is not worth keeping and sending back.
          return response.status === 304
            ? { notModified: true }
            : {
                notModified: false,
                article: await readJson(response, articleSchema),
                etag: tag && tag.length < 257 ? tag : undefined,
              };
        },
      ),
    listCollections: route('/kb/collections?', collectionListSchema),
    listCollectionArticles: ({ collectionId, ...query }, call) =>
      collectionArticles(collectionId, query, call),
    sendArticleFeedback: route('/kb/articles/@/feedback POST'),
  };
}
