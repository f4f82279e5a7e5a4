import type { ChatMessage } from '@parley/core';

/** What the latest messages of a conversation make possible. @internal */
export interface TimelineState {
  /** Id of the message whose quick replies can still be tapped (the team's newest, not answered yet). */
  quickReplies: string | undefined;
  /** Whether those quick replies include a hand-off to a person. */
  handoffOffered: boolean;
  /** Id of the newest hand-off quick reply the team offered: asking for a person sends it. */
  handoffReply: string | undefined;
  /** The visitor asked for a person and nobody has joined (nor resolved the conversation) since. */
  waitingForPerson: boolean;
  /** The visitor's newest message, whose delivery the timeline shows. */
  lastMine: ChatMessage | undefined;
  /** Whether the team has read `lastMine`. */
  seen: boolean;
}

/**
 * Reads the state of the conversation's flow from its messages (oldest first): which quick replies are
 * still live (they retire as soon as the visitor writes), whether a hand-off is pending, and how far the
 * team has read.
 *
 * @param lastReadByTeam - The conversation's `lastReadByTeam`: the last visitor message the team read.
 * @internal
 */
export function timelineState(
  messages: readonly ChatMessage[],
  lastReadByTeam: string | null,
): TimelineState {
  const state: TimelineState = {
    quickReplies: undefined,
    handoffOffered: false,
    handoffReply: undefined,
    waitingForPerson: false,
    lastMine: undefined,
    seen: false,
  };
  let read = -1;
  let mine = -1;
  messages.forEach((message, index) => {
    if (message.id === lastReadByTeam) read = index;
    if (message.author.kind === 'visitor') {
      state.lastMine = message;
      state.quickReplies = undefined;
      state.handoffOffered = false;
      mine = index;
    }
    for (const part of message.parts) {
      if (part.type === 'quick_replies' && message.author.kind !== 'visitor') {
        const handoff = part.replies.find((reply) => reply.action.type === 'handoff');
        state.quickReplies = message.id;
        state.handoffOffered = !!handoff;
        state.handoffReply = handoff?.id ?? state.handoffReply;
      }
      if (part.type === 'event') {
        if (part.event === 'handoff_requested') state.waitingForPerson = true;
        else if (part.event === 'assigned' || part.event === 'resolved') state.waitingForPerson = false;
      }
    }
  });
  state.seen = state.lastMine?.state === 'sent' && read >= mine;
  return state;
}
