import { operations } from '@parley/contract';
import { describe, expect, it } from 'vitest';
import { widgetConfigSchema } from '../../config/widgetConfigSchema';
import type { Schema } from '../../schema/Schema';
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
const schemaByOperation: Record<string, Schema> = {
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
      const schema = schemaByOperation[operationId] as Schema;
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

  it('keeps flat attributes: strings, finite numbers, booleans and null', () => {
    const contact = { id: 'ctc_1', kind: 'visitor', userId: null, name: null, email: null };
    const attributes = {
      plan: 'pro',
      seats: 3,
      ratio: 0.5,
      trial: false,
      coupon: null,
      note: 'x'.repeat(1000),
    };
    expect(validate(contactSchema, { ...contact, attributes }, 'contact').attributes).toEqual(attributes);
  });

  it('refuses attributes that break the contract', () => {
    const contact = { id: 'ctc_1', kind: 'visitor', userId: null, name: null, email: null };
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, index]));
    for (const attributes of [
      tooMany,
      { '1bad': 1 },
      { nested: { a: 1 } },
      { list: [1] },
      { long: 'x'.repeat(1001) },
      { missing: undefined },
      { infinite: Number.POSITIVE_INFINITY },
      { nan: Number.NaN },
    ]) {
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

describe('response schemas refuse what the UI must not meet', () => {
  const author = { kind: 'agent', id: 'agt_1', name: 'Grace', avatarUrl: null };
  const message = {
    id: 'msg_1',
    conversationId: 'cnv_1',
    clientMessageId: null,
    author,
    text: 'Hi',
    parts: [],
    attachments: [],
    createdAt: '2026-11-22T09:30:00.000Z',
  };
  const where = (schema: Schema, value: unknown) => {
    try {
      validate(schema, value, 'answer');
    } catch (error) {
      return (error as Error).message.replace(/^answer is malformed at (\S+):.*$/, '$1');
    }
    return 'accepted';
  };

  it('accepts RFC 3339 instants only, with a real month, day and time of day', () => {
    for (const createdAt of [
      '2026-11-22T09:30:00Z',
      '2026-11-22T09:30:00.123+01:00',
      '2026-02-28T23:59:59-05:30',
      '2026-12-31t23:59:59.5z',
    ]) {
      expect(where(messageSchema, { ...message, createdAt })).toBe('accepted');
    }
    for (const createdAt of [
      'yesterday',
      '2026-13-01T00:00:00Z',
      '2026-11-22T24:00:00Z',
      '2026-11-22',
      '2026-00-10T09:30:00Z',
      '2026-11-32T09:30:00Z',
      '2026-11-22T09:60:00Z',
      '2026-11-22T09:30:00',
      '2026-11-22 09:30:00Z',
      '2026-11-22T09:30:00+0100',
      '2026-11-22T09:30:00+24:00',
      1795339800000,
    ]) {
      expect(where(messageSchema, { ...message, createdAt })).toBe('createdAt');
    }
  });

  it('refuses a huge text and a long list where the contract bounds it', () => {
    expect(where(messageSchema, { ...message, text: 'x'.repeat(10 * 1024 * 1024) })).toBe('text');
    const replies = Array.from({ length: 100_000 }, (_, index) => ({
      id: `q${index}`,
      label: 'Yes',
      action: { type: 'handoff' },
    }));
    expect(where(messageSchema, { ...message, parts: [{ type: 'quick_replies', replies }] })).toBe(
      'parts.0.replies',
    );
    const summary = {
      id: 'art_1',
      collectionId: 'col_1',
      locale: 'en',
      title: 'T',
      excerpt: 'E',
      updatedAt: '2026-11-22T09:30:00.000Z',
    };
    expect(where(suggestResponseSchema, { data: Array.from({ length: 11 }, () => summary) })).toBe('data');
  });

  it('drops message parts of unknown types, and refuses a known one that is broken', () => {
    const card = { type: 'card', title: 'Plans', text: null, imageUrl: null, url: 'https://example.com' };
    const parts = [{ type: 'poll', question: '?' }, card, 'text', null];
    expect(validate(messageSchema, { ...message, parts }, 'answer').parts).toEqual([card]);
    expect(
      where(messageSchema, { ...message, parts: [{ type: 'poll' }, { ...card, url: 'javascript:x' }] }),
    ).toBe('parts.1.url');
  });

  it('refuses a token that could break or smuggle a header', () => {
    const contact = { id: 'ctc_1', kind: 'visitor', userId: null, name: null, email: null, attributes: {} };
    const session = {
      token: 'tok_1',
      expiresAt: '2026-11-22T09:30:00.000Z',
      resumeToken: 'rt_1',
      widgetKey: 'wk_demo',
      contact,
    };
    expect(where(sessionSchema, session)).toBe('accepted');
    for (const token of ['tok 1', 'tok\r\nX-Evil: 1', '', 'é', 'x'.repeat(2049)]) {
      expect(where(sessionSchema, { ...session, token })).toBe('token');
    }
  });
});
