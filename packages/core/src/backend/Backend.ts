import type {
  Article,
  ArticleFeedbackRequest,
  ArticleSummaryPage,
  Attachment,
  CollectionList,
  Contact,
  Conversation,
  ConversationPage,
  CreateConversationRequest,
  CreatedTicket,
  CreateTicketRequest,
  EventPollResponse,
  IdentifyRequest,
  Message,
  MessagePage,
  RatingRequest,
  RealtimeEvent,
  RedeemedLink,
  SearchResponse,
  SendMessageRequest,
  Session,
  SuggestResponse,
  Ticket,
  TicketComment,
  TicketCommentPage,
  TicketLookupRequest,
  TicketPage,
  TicketReplyRequest,
  UpdateContactRequest,
  WidgetConfig,
} from '@parley/contract';

/**
 * What every backend call may carry. The client fills it in; a backend reads what it needs.
 */
export interface BackendCall {
  /** The session's bearer token (from {@link Backend.createSession} or {@link Backend.identify}). */
  token?: string | undefined;
  /**
   * The key that makes a create safe to retry: the same key is sent on every attempt of one user action.
   * HTTP backends send it as `Idempotency-Key`.
   */
  idempotencyKey?: string | undefined;
  /** Cancels the call; the promise then rejects with `code: 'aborted'`. */
  signal?: AbortSignal | undefined;
  /**
   * The files of the message being sent or the conversation being created, for a backend without
   * {@link Backend.uploadAttachment} that sends files with their message (a helpdesk with no separate
   * upload). A backend with `uploadAttachment` gets the uploaded files' ids in `attachmentIds` instead.
   */
  files?: readonly UploadFile[] | undefined;
}

/** A page request: `cursor` from the previous page's `nextCursor`, and at most `limit` items. */
export interface PageRequest {
  /** The previous page's `nextCursor`; the first page without it. */
  cursor?: string | undefined;
  /** At most this many items (the backend may cap it). */
  limit?: number | undefined;
}

/**
 * Which messages to read. Without a cursor: the latest page (its `nextCursor` continues to older messages).
 * `before`/`after` take any page's `nextCursor` and continue older or newer than that page.
 */
export interface MessagePageRequest {
  /** A page's `nextCursor`: the page just older than that page. */
  before?: string | undefined;
  /** A page's `nextCursor`: the page just newer than that page. */
  after?: string | undefined;
  /** At most this many messages. */
  limit?: number | undefined;
}

/** A file to upload, with the name the backend should keep. */
export interface UploadFile {
  /** The file's bytes and media type (`Blob.type`). */
  blob: Blob;
  /** File name as the customer knows it. */
  name: string;
}

/** A search of the knowledge base. */
export interface ArticleSearchRequest {
  widgetKey: string;
  /** What the customer typed. */
  query: string;
  /** Search the articles of this language. */
  locale?: string | undefined;
  /** Only this collection. */
  collectionId?: string | undefined;
  /** The previous page's `nextCursor`. */
  cursor?: string | undefined;
  /** At most this many hits. */
  limit?: number | undefined;
}

/** Suggestions for what is being typed (`query`) or for the page being viewed (`pageUrl`). */
export type ArticleSuggestRequest = { widgetKey: string; locale?: string | undefined } & (
  | { query: string; pageUrl?: undefined }
  | { pageUrl: string; query?: undefined }
);

/** An article read, or `notModified` when `etag` still matches. */
export type ArticleResult =
  | { notModified: false; article: Article; etag: string | undefined }
  | { notModified: true };

/** What {@link Backend.openEvents} calls while its stream is open. */
export interface EventStreamHandlers {
  /**
   * The stream is connected (after the backend accepted it). `heartbeatMs`: the longest silence after which
   * the stream counts as dead, for a backend that shows activity more often than the contract's heartbeat
   * (a websocket pinged every few seconds); at least 1 s.
   * @default 45000, three of the contract's 15 s heartbeats
   */
  onOpen(heartbeatMs?: number): void;
  /** One validated realtime event, in order. */
  onEvent(event: RealtimeEvent): void;
  /**
   * Anything arrived (an event, a heartbeat, an id): the connection is alive. Used for the heartbeat timeout.
   * `lastEventId` is given when the backend named a position without an event (an SSE `id:` line alone), so
   * a stream that drops before its first event still resumes from there.
   */
  onActivity(lastEventId?: string): void;
}

/** What {@link Backend.openEvents} needs. */
export interface EventStreamRequest extends BackendCall {
  /** Resume after this event id (`Last-Event-ID`). */
  lastEventId?: string | undefined;
}

/** What {@link Backend.pollEvents} needs. */
export interface EventPollRequest extends BackendCall {
  /** The last event id seen. */
  after?: string | undefined;
  /** Longest wait for a first event, in seconds. */
  timeoutSeconds?: number | undefined;
}

/**
 * Everything the client needs from a backend, in the contract's own types. The HTTP client for the Parley
 * contract ({@link createHttpBackend}) is the default; an adapter for another helpdesk implements the same
 * interface. Optional members match `capabilities` in the widget config: a backend that leaves out
 * tickets leaves out their members, and reports `capabilities.tickets: false`.
 *
 * Every member rejects with a {@link ParleyError} only (the client reports anything else a given backend
 * throws, such as a `TypeError` on a payload of the wrong shape, as `invalid_response`), and resolves only
 * with values that match the contract (an implementation validates what it receives). An adapter reaches
 * its helpdesk with `requestJson`, which fails with the same codes as the contract's HTTP backend.
 */
export interface Backend {
  // Config and session.
  /** `GET /v1/widget/config`: the widget's public configuration, in `locale` when the backend has it. */
  getConfig(
    request: { widgetKey: string; locale?: string | undefined },
    call?: BackendCall,
  ): Promise<WidgetConfig>;
  /** `POST /v1/session`: a new anonymous session, or the same contact again with `resumeToken`. */
  createSession(
    request: { widgetKey: string; locale?: string | undefined; resumeToken?: string | undefined },
    call?: BackendCall,
  ): Promise<Session>;
  /** `POST /v1/session/identify`: the session's person, verified by `hash` or `jwt`. Needs `identity`. */
  identify?(request: IdentifyRequest, call: BackendCall): Promise<Session>;
  /** `PATCH /v1/session/contact`: name, email and custom attributes of the session's contact. */
  updateContact?(request: UpdateContactRequest, call: BackendCall): Promise<Contact>;
  /** Ends the session on the backend. */
  endSession?(call: BackendCall): Promise<void>;
  /** `POST /v1/session/link`: a session from a one-time link in an email, with the conversation to open. */
  redeemLink?(request: { widgetKey: string; linkToken: string }, call?: BackendCall): Promise<RedeemedLink>;

  // Conversations and messages.
  /** `GET /v1/conversations`: the contact's conversations, the most recently updated first. */
  listConversations(request: PageRequest, call: BackendCall): Promise<ConversationPage>;
  /** `POST /v1/conversations`: a conversation, with its first message and context. Idempotent by key. */
  createConversation(request: CreateConversationRequest, call: BackendCall): Promise<Conversation>;
  /** `GET /v1/conversations/{id}`. */
  getConversation(conversationId: string, call: BackendCall): Promise<Conversation>;
  /** `GET /v1/conversations/{id}/messages`: one page, oldest first (see {@link MessagePageRequest}). */
  listMessages(conversationId: string, request: MessagePageRequest, call: BackendCall): Promise<MessagePage>;
  /**
   * `POST /v1/conversations/{id}/messages`: exactly once per `clientMessageId`; a repeat returns the message
   * already stored.
   */
  sendMessage(conversationId: string, request: SendMessageRequest, call: BackendCall): Promise<Message>;
  /** `POST /v1/conversations/{id}/typing`: the customer is (or stopped) typing. */
  setTyping?(conversationId: string, typing: boolean, call: BackendCall): Promise<void>;
  /** `POST /v1/conversations/{id}/read`: everything up to `messageId` is read by the customer. */
  markRead?(conversationId: string, messageId: string, call: BackendCall): Promise<void>;
  /** `PUT /v1/conversations/{id}/rating`: 1 to 5 with a comment, for a resolved conversation. Needs `rating`. */
  rateConversation?(conversationId: string, request: RatingRequest, call: BackendCall): Promise<Conversation>;
  /** `POST /v1/attachments`: stores a file for a message or ticket to reference. Needs `attachments`. */
  uploadAttachment?(file: UploadFile, call: BackendCall): Promise<Attachment>;

  // Realtime.
  /**
   * Opens the event stream and resolves when it ends (closed by the backend, or aborted by `signal`);
   * rejects with a {@link ParleyError} when it cannot be opened or breaks.
   */
  openEvents?(request: EventStreamRequest, handlers: EventStreamHandlers): Promise<void>;
  /** Long-polls for the events after `after`: the fallback when a stream cannot be held open. */
  pollEvents?(request: EventPollRequest): Promise<EventPollResponse>;

  // Tickets.
  /** `GET /v1/tickets`: the identified user's tickets, newest first. Needs `tickets`. */
  listTickets?(request: PageRequest, call: BackendCall): Promise<TicketPage>;
  /** `POST /v1/tickets`: the offline form. Idempotent by key. Needs `tickets`. */
  createTicket?(request: CreateTicketRequest, call: BackendCall): Promise<CreatedTicket>;
  /** `POST /v1/tickets/lookup`: a ticket by reference and email (or access key); rate limited. */
  lookupTicket?(request: TicketLookupRequest, call: BackendCall): Promise<Ticket>;
  /** `GET /v1/tickets/{id}`: a ticket the session may read. */
  getTicket?(ticketId: string, call: BackendCall): Promise<Ticket>;
  /** `GET /v1/tickets/{id}/comments`: the thread, oldest first. */
  listTicketComments?(ticketId: string, request: PageRequest, call: BackendCall): Promise<TicketCommentPage>;
  /** `POST /v1/tickets/{id}/comments`: a reply from the requester. Idempotent by key. */
  replyToTicket?(ticketId: string, request: TicketReplyRequest, call: BackendCall): Promise<TicketComment>;

  // Knowledge base (public: no session needed).
  /** `GET /v1/kb/search`: hits with highlights, best first. Needs `knowledgeBase`. */
  searchArticles?(request: ArticleSearchRequest, call?: BackendCall): Promise<SearchResponse>;
  /** `GET /v1/kb/suggest`: a few articles for a query being typed or for a page. */
  suggestArticles?(request: ArticleSuggestRequest, call?: BackendCall): Promise<SuggestResponse>;
  /** `GET /v1/kb/articles/{id}`, conditional on `etag` (`notModified` when it still matches). */
  getArticle?(
    request: { widgetKey: string; articleId: string; locale?: string | undefined; etag?: string | undefined },
    call?: BackendCall,
  ): Promise<ArticleResult>;
  /** `GET /v1/kb/collections`: the help centre's collections, in display order. */
  listCollections?(
    request: { widgetKey: string; locale?: string | undefined },
    call?: BackendCall,
  ): Promise<CollectionList>;
  /** `GET /v1/kb/collections/{id}/articles`: one page of a collection's articles. */
  listCollectionArticles?(
    request: { widgetKey: string; collectionId: string; locale?: string | undefined } & PageRequest,
    call?: BackendCall,
  ): Promise<ArticleSummaryPage>;
  /** `POST /v1/kb/articles/{id}/feedback`: did the article help? */
  sendArticleFeedback?(articleId: string, request: ArticleFeedbackRequest, call: BackendCall): Promise<void>;
}
