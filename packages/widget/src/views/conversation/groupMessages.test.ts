import { describe, expect, it } from 'vitest';
import { groupMessages, type TimelineItem } from './groupMessages';
import { agent, bot, chatMessage, system, visitor } from './testing/chatMessage';

/** The day of a timestamp, as a separator would read. */
const dayOf = (at: string) => at.slice(0, 10);

/** The timeline in short: `day:`, `event:` and `<sender>:<message ids>` entries. */
function outline(items: TimelineItem[]): string[] {
  return items.map((item) =>
    item.kind === 'day'
      ? `day:${item.label}`
      : item.kind === 'event'
        ? `event:${item.part.event}`
        : `${item.mine ? 'me' : item.author.name}:${item.messages.map((m) => m.id).join(',')}`,
  );
}

describe('groupMessages', () => {
  it('groups consecutive messages by sender, and starts a new group when the sender changes', () => {
    const items = groupMessages(
      [
        chatMessage('1', visitor, '2026-03-12T10:00:00Z'),
        chatMessage('2', visitor, '2026-03-12T10:01:00Z'),
        chatMessage('3', bot, '2026-03-12T10:01:05Z'),
        chatMessage('4', agent, '2026-03-12T10:02:00Z'),
        chatMessage('5', agent, '2026-03-12T10:03:00Z'),
        chatMessage('6', visitor, '2026-03-12T10:04:00Z'),
      ],
      dayOf,
    );
    expect(outline(items)).toEqual([
      'day:2026-03-12',
      'me:1,2',
      'Lumen Assistant:3',
      'Priya Shah:4,5',
      'me:6',
    ]);
  });

  it('puts a separator before each new day, which also ends a group', () => {
    const items = groupMessages(
      [
        chatMessage('1', agent, '2026-03-11T23:59:00Z'),
        chatMessage('2', agent, '2026-03-12T00:01:00Z'),
        chatMessage('3', agent, '2026-03-12T00:02:00Z'),
      ],
      dayOf,
    );
    expect(outline(items)).toEqual(['day:2026-03-11', 'Priya Shah:1', 'day:2026-03-12', 'Priya Shah:2,3']);
  });

  it('shows events as their own lines, without an empty bubble, and starts a new group after them', () => {
    const assigned = chatMessage('2', system, '2026-03-12T10:01:00Z', {
      text: '',
      parts: [{ type: 'event', event: 'assigned', assignee: agent }],
    });
    const items = groupMessages(
      [
        chatMessage('1', agent, '2026-03-12T10:00:00Z'),
        assigned,
        chatMessage('3', agent, '2026-03-12T10:02:00Z'),
      ],
      dayOf,
    );
    expect(outline(items)).toEqual(['day:2026-03-12', 'Priya Shah:1', 'event:assigned', 'Priya Shah:3']);
    expect(items[2]).toMatchObject({ kind: 'event', part: { assignee: { name: 'Priya Shah' } } });
  });

  it('starts a new group after a long pause, so each keeps a meaningful time', () => {
    const items = groupMessages(
      [
        chatMessage('1', visitor, '2026-03-12T10:00:00Z'),
        chatMessage('2', visitor, '2026-03-12T10:04:59Z'),
        chatMessage('3', visitor, '2026-03-12T10:30:00Z'),
      ],
      dayOf,
    );
    expect(outline(items)).toEqual(['day:2026-03-12', 'me:1,2', 'me:3']);
  });

  it('tells apart two people of the team with the same kind, and keeps a message with only parts', () => {
    const other = { ...agent, id: 'agt_2', name: 'Sam Lee' };
    const card = chatMessage('3', other, '2026-03-12T10:02:00Z', {
      text: '',
      parts: [{ type: 'article', articleId: 'art_1', title: 'Export', snippet: null }],
    });
    const items = groupMessages(
      [
        chatMessage('1', agent, '2026-03-12T10:00:00Z'),
        chatMessage('2', other, '2026-03-12T10:01:00Z'),
        card,
      ],
      dayOf,
    );
    expect(outline(items)).toEqual(['day:2026-03-12', 'Priya Shah:1', 'Sam Lee:2,3']);
  });

  it('keys a message by its clientMessageId, so a pending message keeps its place once sent', () => {
    const pending = chatMessage('cm_1', visitor, '2026-03-12T10:00:00Z', {
      clientMessageId: 'cm_1',
      state: 'pending',
    });
    const sent = { ...pending, id: 'msg_9', state: 'sent' as const };
    const [, before] = groupMessages([pending], dayOf);
    const [, after] = groupMessages([sent], dayOf);
    expect(before?.key).toBe('cm_1');
    expect(after?.key).toBe('cm_1');
  });
});
