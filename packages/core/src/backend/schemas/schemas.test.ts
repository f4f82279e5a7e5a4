import { operations } from '@parley/contract';
import type { GenericSchema } from 'valibot';
import { describe, expect, it } from 'vitest';
import { widgetConfigSchema } from '../../config/widgetConfigSchema';
import { validate } from '../../transport/validate';
import {
  attachmentSchema,
  conversationPageSchema,
  conversationSchema,
  messagePageSchema,
  messageSchema,
} from './conversationSchemas';
import { eventPollResponseSchema, realtimeEvents } from './eventSchemas';
import {
  articleSchema,
  articleSummaryPageSchema,
  collectionListSchema,
  searchResponseSchema,
  suggestResponseSchema,
} from './knowledgeBaseSchemas';
import { contactSchema, redeemedLinkSchema, sessionSchema } from './sessionSchemas';
import {
  createdTicketSchema,
  ticketCommentPageSchema,
  ticketCommentSchema,
  ticketLookupSchema,
  ticketPageSchema,
  ticketSchema,
} from './ticketSchemas';

/** The schema core applies to each visitor-side operation's answer. */
const schemaByOperation: Record<string, GenericSchema> = {
  getWidgetConfig: widgetConfigSchema,
  createSession: sessionSchema,
  identify: sessionSchema,
  updateContact: contactSchema,
  redeemLink: redeemedLinkSchema,
  listConversations: conversationPageSchema,
  createConversation: conversationSchema,
  getConversation: conversationSchema,
  listMessages: messagePageSchema,
  sendMessage: messageSchema,
  rateConversation: conversationSchema,
  uploadAttachment: attachmentSchema,
  getAttachment: attachmentSchema,
  streamEvents: realtimeEvents.schema,
  pollEvents: eventPollResponseSchema,
  listTickets: ticketPageSchema,
  createTicket: createdTicketSchema,
  lookupTicket: ticketLookupSchema,
  getTicket: ticketSchema,
  listTicketComments: ticketCommentPageSchema,
  replyToTicket: ticketCommentSchema,
  getArticle: articleSchema,
  listCollections: collectionListSchema,
  listCollectionArticles: articleSummaryPageSchema,
  searchArticles: searchResponseSchema,
  suggestArticles: suggestResponseSchema,
};

const examples = operations
  .filter((operation) => operation.tag !== 'agent' && operation.tag !== 'meta')
  .flatMap((operation) =>
    Object.entries(operation.responses)
      .filter(([, response]) => response.example !== undefined && response.schema !== undefined)
      .map(([status, response]) => [operation.operationId, status, response.example] as const),
  );

describe('response schemas accept every answer the contract shows, whole', () => {
  it('has a schema for every visitor operation that answers a JSON body', () => {
    const missing = examples
      .map(([operationId]) => operationId)
      .filter((operationId) => schemaByOperation[operationId] === undefined);
    expect(missing).toEqual([]);
  });

  it.each(examples.filter(([operationId]) => schemaByOperation[operationId] !== undefined))(
    '%s %s',
    (operationId, _status, example) => {
      const schema = schemaByOperation[operationId] as GenericSchema;
      // toEqual, not toMatchObject: a field the contract has but a schema drops fails here.
      expect(validate(schema, example, operationId)).toEqual(example);
    },
  );
});

describe('response schemas drop what they do not know', () => {
  it('drops fields a newer backend adds', () => {
    const contact = { id: 'ctc_1', kind: 'visitor', userId: null, name: null, email: null, attributes: {} };
    expect(validate(contactSchema, { ...contact, avatar: 'x', tier: 3 }, 'contact')).toEqual(contact);
  });

  it('refuses attributes that break the contract', () => {
    const contact = { id: 'ctc_1', kind: 'visitor', userId: null, name: null, email: null };
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, index]));
    for (const attributes of [tooMany, { '1bad': 1 }, { nested: { a: 1 } }, { long: 'x'.repeat(1001) }]) {
      expect(() => validate(contactSchema, { ...contact, attributes }, 'contact')).toThrow(/attributes/);
    }
  });

  it('tells known event types from unknown ones', () => {
    expect(realtimeEvents.isKnown({ type: 'typing' })).toBe(true);
    expect(realtimeEvents.isKnown({ type: 'call.started' })).toBe(false);
    expect(realtimeEvents.isKnown('typing')).toBe(false);
    expect(realtimeEvents.isKnown(null)).toBe(false);
  });
});
