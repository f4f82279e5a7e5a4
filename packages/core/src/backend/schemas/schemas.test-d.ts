import type {
  Article,
  ArticleSummaryPage,
  Attachment,
  CollectionList,
  Contact,
  Conversation,
  ConversationPage,
  CreatedTicket,
  EventPollResponse,
  Message,
  MessagePage,
  RealtimeEvent,
  RedeemedLink,
  SearchResponse,
  Session,
  SuggestResponse,
  Ticket,
  TicketComment,
  TicketCommentPage,
  TicketLookupResponse,
  TicketPage,
} from '@parley/contract';
import { describe, expectTypeOf, it } from 'vitest';
import type { Infer, Schema } from '../../schema/Schema';
import type {
  attachmentSchema,
  conversationPageSchema,
  conversationSchema,
  messagePageSchema,
  messageSchema,
} from './conversationSchemas';
import type { eventPollResponseSchema, realtimeEvents } from './eventSchemas';
import type {
  articleSchema,
  articleSummaryPageSchema,
  collectionListSchema,
  searchResponseSchema,
  suggestResponseSchema,
} from './knowledgeBaseSchemas';
import type { contactSchema, redeemedLinkSchema, sessionSchema } from './sessionSchemas';
import type {
  createdTicketSchema,
  ticketCommentPageSchema,
  ticketCommentSchema,
  ticketLookupSchema,
  ticketPageSchema,
  ticketSchema,
} from './ticketSchemas';

// Checked by `tsc -b` (packages/core/tsconfig.json includes every file under src): a field added, removed,
// renamed, made optional or nullable, or retyped on either side fails the type-check, naming the path.
type Out<TSchema extends Schema> = Infer<TSchema>;

describe('backend response schemas return exactly the contract types', () => {
  it('session', () => {
    expectTypeOf<Out<typeof sessionSchema>>().toEqualTypeOf<Session>();
    expectTypeOf<Out<typeof contactSchema>>().toEqualTypeOf<Contact>();
    expectTypeOf<Out<typeof redeemedLinkSchema>>().toEqualTypeOf<RedeemedLink>();
  });

  it('conversations', () => {
    expectTypeOf<Out<typeof attachmentSchema>>().toEqualTypeOf<Attachment>();
    expectTypeOf<Out<typeof messageSchema>>().toEqualTypeOf<Message>();
    expectTypeOf<Out<typeof messagePageSchema>>().toEqualTypeOf<MessagePage>();
    expectTypeOf<Out<typeof conversationSchema>>().toEqualTypeOf<Conversation>();
    expectTypeOf<Out<typeof conversationPageSchema>>().toEqualTypeOf<ConversationPage>();
  });

  it('tickets', () => {
    expectTypeOf<Out<typeof ticketSchema>>().toEqualTypeOf<Ticket>();
    expectTypeOf<Out<typeof createdTicketSchema>>().toEqualTypeOf<CreatedTicket>();
    expectTypeOf<Out<typeof ticketLookupSchema>>().toEqualTypeOf<TicketLookupResponse>();
    expectTypeOf<Out<typeof ticketPageSchema>>().toEqualTypeOf<TicketPage>();
    expectTypeOf<Out<typeof ticketCommentSchema>>().toEqualTypeOf<TicketComment>();
    expectTypeOf<Out<typeof ticketCommentPageSchema>>().toEqualTypeOf<TicketCommentPage>();
  });

  it('knowledge base', () => {
    expectTypeOf<Out<typeof articleSchema>>().toEqualTypeOf<Article>();
    expectTypeOf<Out<typeof collectionListSchema>>().toEqualTypeOf<CollectionList>();
    expectTypeOf<Out<typeof articleSummaryPageSchema>>().toEqualTypeOf<ArticleSummaryPage>();
    expectTypeOf<Out<typeof searchResponseSchema>>().toEqualTypeOf<SearchResponse>();
    expectTypeOf<Out<typeof suggestResponseSchema>>().toEqualTypeOf<SuggestResponse>();
  });

  it('realtime', () => {
    // toEqualTypeOf cannot compare a union this large as a whole: compare it member by member (a type the
    // contract adds or drops makes one side `never`), and check it fits both ways.
    type Event = Out<(typeof realtimeEvents)['schema']>;
    type ByType<TUnion> = { [K in RealtimeEvent['type']]: Extract<TUnion, { type: K }> };
    expectTypeOf<ByType<Event>>().toEqualTypeOf<ByType<RealtimeEvent>>();
    expectTypeOf<Event>().toExtend<RealtimeEvent>();
    expectTypeOf<RealtimeEvent>().toExtend<Event>();
    expectTypeOf<Out<typeof eventPollResponseSchema>>().toExtend<EventPollResponse>();
    expectTypeOf<EventPollResponse>().toExtend<Out<typeof eventPollResponseSchema>>();
  });
});
