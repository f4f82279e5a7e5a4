// The contract's types are the SDK's own (type-only: nothing of @parley/contract is bundled).
export type {
  Article,
  ArticleLink,
  ArticleSummary,
  ArticleSummaryPage,
  Attachment,
  Attributes,
  Availability,
  BotProfile,
  Capabilities,
  Collection,
  Contact,
  Conversation,
  ConversationContext,
  CreatedTicket,
  FormField,
  Highlight,
  Limits,
  Message,
  MessagePart,
  OpeningHours,
  Participant,
  ProblemCode,
  Rating,
  RealtimeEvent,
  SearchResponse,
  SearchResult,
  Session,
  Ticket,
  TicketComment,
  TicketStatus,
  Trigger,
  WidgetConfig,
} from '@parley/contract';
export type {
  ArticleFeedback,
  ArticleRequestOptions,
  ArticleSearchOptions,
  ArticleSuggestInput,
  ArticlesApi,
  CollectionArticlesOptions,
} from './articles/ArticlesApi';
export type {
  ArticleSearchSnapshot,
  ArticleSearchState,
  ArticleSearchStore,
  ArticleSearchStoreOptions,
} from './articles/createArticleSearch';
export { createArticleSearch } from './articles/createArticleSearch';
export type { SearchArticlesOptions } from './articles/searchArticles';
export { searchArticles } from './articles/searchArticles';
export type {
  ArticleResult,
  ArticleSearchRequest,
  ArticleSuggestRequest,
  Backend,
  BackendCall,
  EventPollRequest,
  EventStreamHandlers,
  EventStreamRequest,
  MessagePageRequest,
  PageRequest,
  UploadFile,
} from './backend/Backend';
export type { HttpBackendOptions } from './backend/createHttpBackend';
export { createHttpBackend } from './backend/createHttpBackend';
export type { ConnectionStatus } from './connection/ConnectionStatus';
export type {
  ChatMessage,
  ConversationListSnapshot,
  ConversationListStore,
  ConversationSnapshot,
  ConversationStore,
  ConversationsApi,
  CreateConversationOptions,
  DeliveryState,
  LoadStatus,
  LocalFile,
  OutgoingFile,
  SendOptions,
} from './conversations/ConversationsApi';
export type {
  ClientOptions,
  ConfigRequestOptions,
  ParleyClient,
  ResolvedClientOptions,
} from './createClient';
export { createClient } from './createClient';
export { errorCodeOfStatus } from './errors/errorCodeOfStatus';
export type { ParleyErrorCode, ParleyErrorOptions, ParleyProblemCode } from './errors/ParleyError';
export { isParleyError, ParleyError } from './errors/ParleyError';
export type { ClientEventName, ClientEvents } from './events/ClientEvents';
export type { ContactUpdate, IdentifyOptions, SessionApi, VisitorSnapshot } from './session/SessionApi';
export type { ConsentState } from './storage/createConsentStorage';
export { createMemoryStorage } from './storage/createMemoryStorage';
export type { KeyValueStorage } from './storage/KeyValueStorage';
export { idleSnapshots } from './store/idleSnapshots';
export type { Store } from './store/Store';
export type {
  AttachmentFile,
  NewTicket,
  TicketListState,
  TicketListStore,
  TicketLookup,
  TicketReply,
  TicketRequestOptions,
  TicketState,
  TicketStore,
  TicketsApi,
} from './tickets/TicketsApi';
export type { JsonRequestOptions } from './transport/requestJson';
export { requestJson } from './transport/requestJson';
