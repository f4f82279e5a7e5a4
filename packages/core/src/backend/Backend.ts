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
}

/** A page request: `cursor` from the previous page's `nextCursor`, and at most `limit` items. */
export interface PageRequest {
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * Which messages to read. Without a cursor: the latest page (its `nextCursor` continues to older messages).
 * `before`/`after` take any page's `nextCursor` and continue older or newer than that page.
 */
export interface MessagePageRequest {
  before?: string | undefined;
  after?: string | undefined;
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
  query: string;
  locale?: string | undefined;
  collectionId?: string | undefined;
  cursor?: string | undefined;
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
  /** The stream is connected (after the backend accepted it). */
  onOpen(): void;
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
 * Every member rejects with a {@link ParleyError} only, and resolves only with values that match the
 * contract (an implementation validates what it receives).
 */
export interface Backend {
  // Config and session.
  getConfig(
    request: { widgetKey: string; locale?: string | undefined },
    call?: BackendCall,
  ): Promise<WidgetConfig>;
  createSession(
    request: { widgetKey: string; locale?: string | undefined; resumeToken?: string | undefined },
    call?: BackendCall,
  ): Promise<Session>;
  identify?(request: IdentifyRequest, call: BackendCall): Promise<Session>;
  updateContact?(request: UpdateContactRequest, call: BackendCall): Promise<Contact>;
  /** Ends the session on the backend. */
  endSession?(call: BackendCall): Promise<void>;
  redeemLink?(request: { widgetKey: string; linkToken: string }, call?: BackendCall): Promise<RedeemedLink>;

  // Conversations and messages.
  listConversations(request: PageRequest, call: BackendCall): Promise<ConversationPage>;
  createConversation(request: CreateConversationRequest, call: BackendCall): Promise<Conversation>;
  getConversation(conversationId: string, call: BackendCall): Promise<Conversation>;
  listMessages(conversationId: string, request: MessagePageRequest, call: BackendCall): Promise<MessagePage>;
  sendMessage(conversationId: string, request: SendMessageRequest, call: BackendCall): Promise<Message>;
  setTyping?(conversationId: string, typing: boolean, call: BackendCall): Promise<void>;
  markRead?(conversationId: string, messageId: string, call: BackendCall): Promise<void>;
  rateConversation?(conversationId: string, request: RatingRequest, call: BackendCall): Promise<Conversation>;
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
  listTickets?(request: PageRequest, call: BackendCall): Promise<TicketPage>;
  createTicket?(request: CreateTicketRequest, call: BackendCall): Promise<CreatedTicket>;
  lookupTicket?(request: TicketLookupRequest, call: BackendCall): Promise<Ticket>;
  getTicket?(ticketId: string, call: BackendCall): Promise<Ticket>;
  listTicketComments?(ticketId: string, request: PageRequest, call: BackendCall): Promise<TicketCommentPage>;
  replyToTicket?(ticketId: string, request: TicketReplyRequest, call: BackendCall): Promise<TicketComment>;

  // Knowledge base (public: no session needed).
  searchArticles?(request: ArticleSearchRequest, call?: BackendCall): Promise<SearchResponse>;
  suggestArticles?(request: ArticleSuggestRequest, call?: BackendCall): Promise<SuggestResponse>;
  getArticle?(
    request: { widgetKey: string; articleId: string; locale?: string | undefined; etag?: string | undefined },
    call?: BackendCall,
  ): Promise<ArticleResult>;
  listCollections?(
    request: { widgetKey: string; locale?: string | undefined },
    call?: BackendCall,
  ): Promise<CollectionList>;
  listCollectionArticles?(
    request: { widgetKey: string; collectionId: string; locale?: string | undefined } & PageRequest,
    call?: BackendCall,
  ): Promise<ArticleSummaryPage>;
  sendArticleFeedback?(articleId: string, request: ArticleFeedbackRequest, call: BackendCall): Promise<void>;
}
