import { describe, expect, it } from 'vitest';
import { toConversation } from './toConversation';

const at = (seconds: number) => new Date(seconds * 1000).toISOString();

describe('toConversation', () => {
  it('computes status, unread count, read state, rating and times from the messages', () => {
    const conversation = toConversation({
      id: 12,
      status: 'resolved',
      contact_last_seen_at: 1_000,
      agent_last_seen_at: 1_500,
      messages: [
        { id: 1, conversation_id: 12, message_type: 0, content: 'Help', created_at: 900 },
        {
          id: 2,
          conversation_id: 12,
          message_type: 1,
          content: 'Seen',
          created_at: 950,
          sender: { id: 1, type: 'user' },
        },
        { id: 3, conversation_id: 12, message_type: 0, content: 'More', created_at: 1_400 },
        { id: 4, conversation_id: 12, message_type: 0, content: 'Unread by team', created_at: 1_600 },
        { id: 5, conversation_id: 12, message_type: 1, content: 'Note', created_at: 1_650, private: true },
        {
          id: 6,
          conversation_id: 12,
          message_type: 1,
          content: 'New',
          created_at: 1_700,
          sender: { id: 1, type: 'user' },
        },
        {
          id: 7,
          conversation_id: 12,
          message_type: 3,
          content_type: 'input_csat',
          content: 'Rate us',
          created_at: 1_800,
          content_attributes: {
            submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick' } },
          },
        },
      ],
    });
    expect(conversation).toEqual({
      id: 'cnv_12',
      status: 'resolved',
      assignee: null,
      createdAt: at(900),
      updatedAt: at(1_800),
      lastMessage: expect.objectContaining({ id: 'msg_7', author: expect.objectContaining({ kind: 'bot' }) }),
      // The agent's "New" and the survey came after the visitor last looked; the private note never counts.
      unreadCount: 2,
      lastReadByTeam: 'msg_3',
      rating: { score: 4, comment: 'Quick', ratedAt: at(1_800) },
      context: {},
    });
  });

  it('reads pending and snoozed as open, and a new empty conversation as now', () => {
    const before = Date.now();
    const pending = toConversation({ id: 3, status: 'pending', messages: [] });
    expect(pending).toMatchObject({
      status: 'open',
      lastMessage: null,
      unreadCount: 0,
      rating: null,
      lastReadByTeam: null,
    });
    expect(Date.parse(pending.createdAt)).toBeGreaterThanOrEqual(before - 1);
    expect(toConversation({ id: 4, status: 'snoozed' }).status).toBe('open');
  });

  it('gives the last message the clientMessageId the adapter knows', () => {
    const conversation = toConversation(
      { id: 5, messages: [{ id: 50, conversation_id: 5, message_type: 0, created_at: 10 }] },
      (id) => (id === 50 ? 'cm_known' : undefined),
    );
    expect(conversation.lastMessage?.clientMessageId).toBe('cm_known');
  });

  it('ignores a rating outside 1 to 5', () => {
    const conversation = toConversation({
      id: 6,
      messages: [
        {
          id: 60,
          message_type: 3,
          content_type: 'input_csat',
          created_at: 10,
          content_attributes: { submitted_values: { csat_survey_response: { rating: 9 } } },
        },
      ],
    });
    expect(conversation.rating).toBeNull();
  });
});
