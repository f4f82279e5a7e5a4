import type { MessagePart } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { agent, bot, chatMessage, system, visitor } from './testing/chatMessage';
import { timelineState } from './timelineState';

const replies: MessagePart = {
  type: 'quick_replies',
  replies: [
    { id: 'qr_helped', label: 'That helped', action: { type: 'reply', text: 'That helped' } },
    { id: 'qr_handoff', label: 'Talk to a person', action: { type: 'handoff' } },
  ],
};
const event = (id: string, name: 'handoff_requested' | 'assigned' | 'resolved', at: string) =>
  chatMessage(id, system, at, { text: '', parts: [{ type: 'event', event: name }] });

describe('timelineState', () => {
  it('keeps the team’s newest quick replies live until the visitor writes', () => {
    const question = chatMessage('1', visitor, '2026-03-12T10:00:00Z');
    const answer = chatMessage('2', bot, '2026-03-12T10:00:01Z', { parts: [replies] });
    const live = timelineState([question, answer], null);
    expect(live).toMatchObject({ quickReplies: '2', handoffOffered: true, handoffReply: 'qr_handoff' });

    const after = timelineState([question, answer, chatMessage('3', visitor, '2026-03-12T10:01:00Z')], null);
    // Retired, but the hand-off can still be asked for by its id.
    expect(after).toMatchObject({
      quickReplies: undefined,
      handoffOffered: false,
      handoffReply: 'qr_handoff',
    });
  });

  it('waits for a person after a hand-off request, until one is assigned or the conversation is resolved', () => {
    const asked = [
      chatMessage('1', visitor, '2026-03-12T10:00:00Z'),
      event('2', 'handoff_requested', '2026-03-12T10:00:01Z'),
    ];
    expect(timelineState(asked, null).waitingForPerson).toBe(true);
    expect(
      timelineState([...asked, event('3', 'assigned', '2026-03-12T10:05:00Z')], null).waitingForPerson,
    ).toBe(false);
    expect(
      timelineState([...asked, event('3', 'resolved', '2026-03-12T10:05:00Z')], null).waitingForPerson,
    ).toBe(false);
  });

  it('reads the visitor’s newest message as seen once the team has read it or a later one', () => {
    const first = chatMessage('1', visitor, '2026-03-12T10:00:00Z');
    const second = chatMessage('2', visitor, '2026-03-12T10:01:00Z');
    const reply = chatMessage('3', agent, '2026-03-12T10:02:00Z');
    expect(timelineState([first, second], '1')).toMatchObject({ lastMine: second, seen: false });
    expect(timelineState([first, second], '2')).toMatchObject({ lastMine: second, seen: true });
    expect(timelineState([first, second, reply], '2').seen).toBe(true);
    // Read up to a message not loaded (older than the page): not this one.
    expect(timelineState([first, second], 'msg_older').seen).toBe(false);
  });

  it('never shows a message on its way as seen', () => {
    const pending = chatMessage('cm_1', visitor, '2026-03-12T10:01:00Z', { state: 'pending' });
    expect(timelineState([chatMessage('1', visitor, '2026-03-12T10:00:00Z'), pending], '1')).toMatchObject({
      lastMine: pending,
      seen: false,
    });
  });
});
