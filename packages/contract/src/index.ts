// The contract: JSON Schemas (TypeBox) with the TypeScript type of the same name, and the OpenAPI document
// built from them. Core imports the types only; the server and the conformance suite also use the schemas.

export {
  AgentAuthor,
  AgentCommentRequest,
  AgentConversation,
  AgentConversationPage,
  AgentMessageRequest,
  AgentTicket,
  ConversationStatusRequest,
  OutboxEmail,
  OutboxEmailPage,
  TicketStatusRequest,
} from './agent/agentSchemas';
export { AgentTicketPage } from './agent/agentTicketOperations';
export { Attachment, AttachmentIds, UploadAttachmentRequest } from './attachments/attachmentSchemas';
export type { ProblemCode } from './common/Problem';
export { FieldError, Problem, problemCodes } from './common/Problem';
export type { TimestampString } from './common/primitives';
export { Cursor, Locale, Nullable, Page, prefixedId, SafeUrl, Timestamp } from './common/primitives';
export {
  ArticleLink,
  Availability,
  BotProfile,
  Capabilities,
  FormField,
  Limits,
  OpeningHours,
  Trigger,
  WidgetConfig,
} from './config/widgetConfigSchemas';
export {
  ArticlePart,
  CardPart,
  Conversation,
  ConversationContext,
  ConversationPage,
  CreateConversationRequest,
  EventPart,
  Message,
  MessagePage,
  MessagePart,
  Participant,
  QuickRepliesPart,
  QuickReplyAction,
  Rating,
  RatingRequest,
  ReadRequest,
  SendMessageRequest,
  TypingRequest,
} from './conversations/conversationSchemas';
export type { RealtimeEventType } from './events/eventSchemas';
export {
  AgentPresenceEvent,
  ConversationUpdatedEvent,
  EventPollResponse,
  MessageCreatedEvent,
  MessageUpdatedEvent,
  ReadEvent,
  RealtimeEvent,
  ResetEvent,
  TicketCommentCreatedEvent,
  TicketUpdatedEvent,
  TypingEvent,
} from './events/eventSchemas';
export {
  Article,
  ArticleFeedbackRequest,
  ArticleSummary,
  ArticleSummaryPage,
  Collection,
  CollectionList,
  Highlight,
  SearchResponse,
  SearchResult,
  SuggestResponse,
} from './knowledgeBase/knowledgeBaseSchemas';
export type { OperationAuth, OperationSpec, ParameterSpec, ResponseSpec } from './openApi/OperationSpec';
export { contractVersion, openApiDocument, operations } from './openApi/openApiDocument';
export {
  Attributes,
  Contact,
  CreateSessionRequest,
  IdentifyRequest,
  RedeemedLink,
  RedeemLinkRequest,
  Session,
  UpdateContactRequest,
} from './session/sessionSchemas';
export {
  CreatedTicket,
  CreateTicketRequest,
  Ticket,
  TicketComment,
  TicketCommentPage,
  TicketLookupRequest,
  TicketLookupResponse,
  TicketPage,
  TicketReplyRequest,
  TicketStatus,
} from './tickets/ticketSchemas';
