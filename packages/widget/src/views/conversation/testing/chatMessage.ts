import type { ChatMessage, Participant } from '@parley/core';

/** The visitor, as the author of their messages. @internal */
export const visitor: Participant = { kind: 'visitor', id: null, name: '', avatarUrl: null };
/** The demo bot. @internal */
export const bot: Participant = { kind: 'bot', id: null, name: 'Lumen Assistant', avatarUrl: null };
/** A person of the team. @internal */
export const agent: Participant = { kind: 'agent', id: 'agt_1', name: 'Priya Shah', avatarUrl: null };
/** The system, author of events. @internal */
export const system: Participant = { kind: 'system', id: null, name: '', avatarUrl: null };

/** A sent message of a unit test, by `author` at `createdAt`, with `change` applied. @internal */
export function chatMessage(
  id: string,
  author: Participant,
  createdAt: string,
  change: Partial<ChatMessage> = {},
): ChatMessage {
  return {
    id,
    conversationId: 'cnv_test',
    clientMessageId: null,
    author,
    text: `Message ${id}`,
    parts: [],
    attachments: [],
    createdAt,
    state: 'sent',
    error: null,
    localFiles: [],
    ...change,
  };
}
