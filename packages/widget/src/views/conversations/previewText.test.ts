import type { Message, MessagePart } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { catalog as zhHans } from '../../i18n/catalogs/zh-Hans';
import { englishMessages } from '../../i18n/englishMessages';
import { previewText } from './previewText';

function message(text: string, change: Partial<Message> = {}): Message {
  return {
    id: 'msg_1',
    conversationId: 'cnv_1',
    clientMessageId: null,
    author: { kind: 'agent', id: null, name: 'Maya', avatarUrl: null },
    text,
    parts: [],
    attachments: [],
    createdAt: '2026-03-12T09:00:00Z',
    ...change,
  };
}
const visitor = { author: { kind: 'visitor', id: null, name: '', avatarUrl: null } } as const;
const system = { author: { kind: 'system', id: null, name: '', avatarUrl: null } } as const;
const event = (part: Omit<Extract<MessagePart, { type: 'event' }>, 'type'>): Partial<Message> => ({
  ...system,
  parts: [{ type: 'event', ...part }],
});

describe('previewText', () => {
  it('reads Markdown as one line of plain text', () => {
    const markdown =
      '## Steps\n\n1. Open **Settings** → _Billing_\n2. Click `Download`\n\n> See [the guide](https://x.example/g) or ~~not~~ this';
    expect(previewText(message(markdown), englishMessages)).toBe(
      'Steps Open Settings → Billing Click Download See the guide or not this',
    );
  });

  it('keeps what only looks like marks: snake_case, a lone asterisk, escaped brackets', () => {
    expect(previewText(message('rename my_old_file to 2 * 3 \\[draft\\]'), englishMessages)).toBe(
      'rename my_old_file to 2 * 3 [draft]',
    );
    expect(previewText(message('这是**重要**的'), englishMessages)).toBe('这是重要的');
  });

  it("prefixes the visitor's own words, in the visitor's language", () => {
    expect(previewText(message('My *invoice* is wrong', visitor), englishMessages)).toBe(
      'You: My invoice is wrong',
    );
    expect(previewText(message('发票有误', visitor), zhHans)).toBe(zhHans.conversations.fromYou('发票有误'));
  });

  it('names what a message without text carries', () => {
    const attachments = [
      {
        id: 'att_1',
        name: 'a.png',
        contentType: 'image/png',
        size: 1,
        url: '/v1/attachments/att_1/content',
        createdAt: '2026-03-12T09:00:00Z',
      },
    ];
    expect(previewText(message('', { attachments }), englishMessages)).toBe('Attachment');
    expect(previewText(message('', { ...visitor, attachments }), englishMessages)).toBe('You: Attachment');
    const article = { type: 'article', articleId: 'art_1', title: 'Compare plans', snippet: null } as const;
    expect(previewText(message('', { parts: [article] }), englishMessages)).toBe('Compare plans');
  });

  it('words timeline events like the timeline does', () => {
    const maya = { kind: 'agent', id: null, name: 'Maya', avatarUrl: null } as const;
    expect(previewText(message('', event({ event: 'resolved' })), englishMessages)).toBe(
      'Conversation resolved',
    );
    expect(previewText(message('', event({ event: 'assigned', assignee: maya })), englishMessages)).toBe(
      'Maya joined the conversation',
    );
    expect(previewText(message('', event({ event: 'rated', score: 4 })), englishMessages)).toBe(
      'You rated this conversation 4 out of 5',
    );
    expect(previewText(message('', event({ event: 'handoff_requested' })), englishMessages)).toBe(
      'You asked to talk to a person',
    );
  });

  it('is empty without a message', () => {
    expect(previewText(null, englishMessages)).toBe('');
  });
});
