import type { ChatMessage, MessagePart, Participant } from '@parley/core';

/** A system event of the timeline (assigned, handoff requested, resolved, reopened, rated). @internal */
export type EventPart = Extract<MessagePart, { type: 'event' }>;

/** Consecutive messages of one sender, shown under one name and avatar. @internal */
export interface MessageGroup {
  kind: 'group';
  key: string;
  author: Participant;
  /** Written by the visitor. */
  mine: boolean;
  messages: ChatMessage[];
}

/** One entry of a conversation's timeline, in display order. @internal */
export type TimelineItem =
  | { kind: 'day'; key: string; label: string }
  | { kind: 'event'; key: string; part: EventPart }
  | MessageGroup;

/** Beyond this pause, the same sender's next message starts a new group (with its own time). */
const GROUP_GAP_MS = 5 * 60_000;

/** The key of a message that survives its trip from pending (local id) to sent (backend id). */
const messageKey = (message: ChatMessage) => message.clientMessageId ?? message.id;

const sender = ({ kind, id, name }: Participant) => (kind === 'visitor' ? kind : kind + (id ?? name));

/**
 * Lays a conversation out for display: a day separator whenever the day changes, messages grouped by
 * sender (a new group after a day change, an event or a long pause), and system events as their own
 * quiet lines. Messages with nothing to show besides events (the system's) leave no empty bubble.
 *
 * @param dayOf - The separator label of a timestamp (Today, Yesterday, a date), see `Formatter.day`.
 * @internal
 */
export function groupMessages(
  messages: readonly ChatMessage[],
  dayOf: (createdAt: string) => string,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  let day: string | undefined;
  let group: (MessageGroup & { who: string; last: number }) | undefined;
  for (const message of messages) {
    const key = messageKey(message);
    const label = dayOf(message.createdAt);
    if (label !== day) {
      day = label;
      group = undefined;
      items.push({ kind: 'day', key: `d${key}`, label });
    }
    const events = message.parts.filter((part): part is EventPart => part.type === 'event');
    const at = Date.parse(message.createdAt);
    if (
      message.text.trim() ||
      message.attachments.length ||
      message.localFiles.length ||
      message.parts.length > events.length
    ) {
      const who = sender(message.author);
      if (group?.who !== who || at - group.last > GROUP_GAP_MS) {
        group = {
          kind: 'group',
          key,
          who,
          last: at,
          author: message.author,
          mine: who === 'visitor',
          messages: [],
        };
        items.push(group);
      }
      group.messages.push(message);
      group.last = at;
    }
    events.forEach((part, index) => {
      items.push({ kind: 'event', key: `${key}e${index}`, part });
      group = undefined;
    });
  }
  return items;
}
