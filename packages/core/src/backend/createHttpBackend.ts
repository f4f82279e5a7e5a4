import type { GenericSchema } from 'valibot';
import { fetchWidgetConfig } from '../config/fetchWidgetConfig';
import { isParleyError, ParleyError } from '../errors/ParleyError';
import type { HttpRequest, TransportOptions } from '../transport/HttpRequest';
import { type OpenedRequest, openRequest } from '../transport/openRequest';
import { request } from '../transport/request';
import { validate } from '../transport/validate';
import type { Backend, BackendCall, PageRequest } from './Backend';
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

/** `/segment` of a path, encoded. */
const at = (segment: string): string => `/${encodeURIComponent(segment)}`;

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
  const { baseUrl, fetch, timeoutMs = 15_000 } = options;
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new ParleyError('invalid_request', '`baseUrl` must be an absolute http(s) URL.');
  }
  if (!(timeoutMs > 0)) throw new ParleyError('invalid_request', '`timeoutMs` must be a positive number.');
  const transport: TransportOptions = { baseUrl, fetch, timeoutMs };
  // Only these three travel: a caller's object with more keys (`etag`, `path`...) must not reshape a request.
  const pick = ({ token, idempotencyKey, signal }: BackendCall = {}) => ({ token, idempotencyKey, signal });
  /** A read: `GET path?query`, answered by `schema`. */
  const get = <TSchema extends GenericSchema>(
    path: string,
    query: HttpRequest['query'],
    schema: TSchema,
    backendCall?: BackendCall,
  ) => request(transport, { path, query, ...pick(backendCall) }, schema);
  /** A write with a JSON body, answered by `schema`. */
  const send = <TSchema extends GenericSchema>(
    method: HttpRequest['method'],
    path: string,
    json: unknown,
    schema: TSchema,
    backendCall?: BackendCall,
  ) => request(transport, { method, path, json, ...pick(backendCall) }, schema);
  /** A write answered by 204 No Content. */
  const act = (method: HttpRequest['method'], path: string, json: unknown, backendCall: BackendCall) =>
    request(transport, { method, path, json, ...pick(backendCall) });
  const page = ({ cursor, limit }: PageRequest) => ({ cursor, limit });

  return {
    getConfig: ({ widgetKey, locale }, backendCall) =>
      fetchWidgetConfig(transport, { widgetKey, locale, signal: backendCall?.signal }),
    createSession: ({ widgetKey, locale, resumeToken }, backendCall) =>
      send('POST', '/session', { widgetKey, locale, resumeToken }, sessionSchema, backendCall),
    identify: (body, backendCall) => send('POST', '/session/identify', body, sessionSchema, backendCall),
    updateContact: (body, backendCall) => send('PATCH', '/session/contact', body, contactSchema, backendCall),
    endSession: (backendCall) => act('DELETE', '/session', undefined, backendCall),
    redeemLink: (body, backendCall) => send('POST', '/session/link', body, redeemedLinkSchema, backendCall),

    listConversations: (pageRequest, backendCall) =>
      get('/conversations', page(pageRequest), conversationPageSchema, backendCall),
    createConversation: (body, backendCall) =>
      send('POST', '/conversations', body, conversationSchema, backendCall),
    getConversation: (conversationId, backendCall) =>
      get(`/conversations${at(conversationId)}`, {}, conversationSchema, backendCall),
    listMessages: (conversationId, { before, after, limit }, backendCall) =>
      get(
        `/conversations${at(conversationId)}/messages`,
        { before, after, limit },
        messagePageSchema,
        backendCall,
      ),
    sendMessage: (conversationId, body, backendCall) =>
      send('POST', `/conversations${at(conversationId)}/messages`, body, messageSchema, backendCall),
    setTyping: (conversationId, typing, backendCall) =>
      act('POST', `/conversations${at(conversationId)}/typing`, { typing }, backendCall),
    markRead: (conversationId, messageId, backendCall) =>
      act('POST', `/conversations${at(conversationId)}/read`, { messageId }, backendCall),
    rateConversation: (conversationId, body, backendCall) =>
      send('PUT', `/conversations${at(conversationId)}/rating`, body, conversationSchema, backendCall),
    uploadAttachment: ({ blob, name }, backendCall) => {
      const form = new FormData();
      form.append('file', blob, name);
      return request(
        transport,
        { method: 'POST', path: '/attachments', form, ...pick(backendCall) },
        attachmentSchema,
      );
    },

    async openEvents({ lastEventId, ...backendCall }, handlers) {
      const { signal } = backendCall;
      let opened: OpenedRequest | undefined;
      try {
        opened = await openRequest(transport, {
          path: '/events',
          headers: { accept: 'text/event-stream', 'last-event-id': lastEventId },
          ...pick(backendCall),
        });
        // Connected: from now on the stream may stay open as long as the server keeps it.
        opened.endTimeout();
        const { response, url } = opened;
        if (!response.body || !/^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '')) {
          throw new ParleyError(
            'invalid_response',
            `The backend's answer to ${url} is not an event stream.`,
            {
              status: response.status,
            },
          );
        }
        handlers.onOpen();
        // `onActivity` is declared without arguments, but the realtime layer reads the id of an id-only block
        // (where a live stream starts) to resume after it; a function of fewer parameters fits this type.
        const activity: (lastEventId?: string) => void = handlers.onActivity.bind(handlers);
        await readEventStream(
          response.body,
          {
            onMessage({ data }) {
              let json: unknown;
              try {
                json = JSON.parse(data);
              } catch (cause) {
                throw new ParleyError('invalid_response', `An event from ${url} is not JSON.`, { cause });
              }
              activity();
              if (realtimeEvents.isKnown(json)) {
                handlers.onEvent(validate(realtimeEvents.schema, json, `An event from ${url}`));
              }
            },
            onComment: () => activity(),
            onId: (id) => activity(id),
          },
          { signal },
        );
      } catch (cause) {
        // Cancelled by the caller: the stream ended as asked, wherever it was.
        if (signal?.aborted) return;
        throw isParleyError(cause) || !opened ? cause : opened.failure(cause);
      } finally {
        opened?.close();
      }
    },
    pollEvents: ({ after, timeoutSeconds, ...backendCall }) =>
      request(
        transport,
        {
          path: '/events/poll',
          query: { after, timeout: timeoutSeconds },
          // The server may hold the answer for the whole wait: the time limit starts after it.
          timeoutMs: timeoutMs + (timeoutSeconds ?? DEFAULT_POLL_SECONDS) * 1000,
          ...pick(backendCall),
        },
        eventPollResponseSchema,
      ),

    listTickets: (pageRequest, backendCall) =>
      get('/tickets', page(pageRequest), ticketPageSchema, backendCall),
    createTicket: (body, backendCall) => send('POST', '/tickets', body, createdTicketSchema, backendCall),
    lookupTicket: async (body, backendCall) =>
      (await send('POST', '/tickets/lookup', body, ticketLookupSchema, backendCall)).ticket,
    getTicket: (ticketId, backendCall) => get(`/tickets${at(ticketId)}`, {}, ticketSchema, backendCall),
    listTicketComments: (ticketId, pageRequest, backendCall) =>
      get(`/tickets${at(ticketId)}/comments`, page(pageRequest), ticketCommentPageSchema, backendCall),
    replyToTicket: (ticketId, body, backendCall) =>
      send('POST', `/tickets${at(ticketId)}/comments`, body, ticketCommentSchema, backendCall),

    searchArticles: ({ widgetKey, query, locale, collectionId, cursor, limit }, backendCall) =>
      get(
        '/kb/search',
        { q: query, widgetKey, locale, collectionId, cursor, limit },
        searchResponseSchema,
        backendCall,
      ),
    suggestArticles: ({ widgetKey, locale, query, pageUrl }, backendCall) =>
      get('/kb/suggest', { q: query, pageUrl, widgetKey, locale }, suggestResponseSchema, backendCall),
    async getArticle({ widgetKey, articleId, locale, etag }, backendCall) {
      const result = await request(
        transport,
        { path: `/kb/articles${at(articleId)}`, query: { widgetKey, locale }, ...pick(backendCall), etag },
        articleSchema,
      );
      return result.notModified
        ? { notModified: true }
        : { notModified: false, article: result.body, etag: result.etag };
    },
    listCollections: ({ widgetKey, locale }, backendCall) =>
      get('/kb/collections', { widgetKey, locale }, collectionListSchema, backendCall),
    listCollectionArticles: ({ widgetKey, collectionId, locale, cursor, limit }, backendCall) =>
      get(
        `/kb/collections${at(collectionId)}/articles`,
        { widgetKey, locale, cursor, limit },
        articleSummaryPageSchema,
        backendCall,
      ),
    sendArticleFeedback: (articleId, body, backendCall) =>
      act('POST', `/kb/articles${at(articleId)}/feedback`, body, backendCall),
  };
}
