import { describe, expect, it } from 'vitest';
import { toMessage } from './toMessage';

const base = { id: 41, conversation_id: 7, created_at: 1_790_000_000, content: 'Hi' };

describe('toMessage', () => {
  it('maps the visitor, an agent, a bot, a template and an activity to their author kinds', () => {
    const visitor = toMessage({ ...base, message_type: 0, sender: { id: 3, name: 'Vi', type: 'contact' } });
    const agent = toMessage({
      ...base,
      message_type: 1,
      sender: {
        id: 9,
        name: 'Alex',
        available_name: 'Alex A.',
        avatar_url: 'https://cdn.example/a.png',
        type: 'user',
      },
    });
    const bot = toMessage({
      ...base,
      message_type: 1,
      sender: { id: 2, name: 'Captain', type: 'agent_bot' },
    });
    const automation = toMessage({ ...base, message_type: 1 });
    const survey = toMessage({ ...base, message_type: 3, content_type: 'input_csat' });
    const activity = toMessage({ ...base, message_type: 2, content: 'Conversation was resolved' });

    expect(visitor.author).toEqual({ kind: 'visitor', id: null, name: 'Vi', avatarUrl: null });
    expect(agent.author).toEqual({
      kind: 'agent',
      id: '9',
      name: 'Alex A.',
      avatarUrl: 'https://cdn.example/a.png',
    });
    expect(bot.author.kind).toBe('bot');
    expect(automation.author.kind).toBe('bot');
    expect(survey.author.kind).toBe('bot');
    expect(activity.author).toMatchObject({ kind: 'system', name: '' });
  });

  it('gives the contract its ids, ISO times, text and clientMessageId', () => {
    expect(toMessage({ ...base, message_type: 0, echo_id: 'cm_1' })).toEqual({
      id: 'msg_41',
      conversationId: 'cnv_7',
      clientMessageId: 'cm_1',
      author: { kind: 'visitor', id: null, name: '', avatarUrl: null },
      text: 'Hi',
      parts: [],
      attachments: [],
      createdAt: new Date(1_790_000_000_000).toISOString(),
    });
    // An ISO time, no content, and the id the adapter knows.
    const known = toMessage({ ...base, content: null, created_at: '2026-01-02T03:04:05Z' }, 'cnv_7', 'cm_2');
    expect(known).toMatchObject({ text: '', createdAt: '2026-01-02T03:04:05.000Z', clientMessageId: 'cm_2' });
  });

  it('maps attachments: name from the URL, type from file_type and extension, size, safe url', () => {
    const { attachments } = toMessage({
      ...base,
      message_type: 0,
      attachments: [
        {
          id: 5,
          file_type: 'image',
          extension: 'png',
          data_url: 'https://chat.example/rails/active_storage/blobs/redirect/k/My%20cat.png',
          file_size: 1234,
        },
        {
          id: 6,
          file_type: 'file',
          extension: null,
          data_url: 'javascript:alert(1)/report.pdf',
          file_size: null,
        },
      ],
    });
    expect(attachments).toEqual([
      {
        id: 'att_5',
        name: 'My cat.png',
        contentType: 'image/png',
        size: 1234,
        url: 'https://chat.example/rails/active_storage/blobs/redirect/k/My%20cat.png',
        createdAt: new Date(1_790_000_000_000).toISOString(),
      },
      expect.objectContaining({
        id: 'att_6',
        name: 'report.pdf',
        contentType: 'application/octet-stream',
        size: 0,
        url: '',
      }),
    ]);
  });

  it('refuses a message without an id or a time (invalid_response)', () => {
    expect(() => toMessage({ ...base, id: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'invalid_response' }),
    );
    expect(() => toMessage({ ...base, created_at: undefined })).toThrow(
      expect.objectContaining({ code: 'invalid_response' }),
    );
  });
});
