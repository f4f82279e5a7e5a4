import type { ConversationListSnapshot, ConversationSnapshot } from '../conversations/ConversationsApi';
import { IDLE_CONVERSATION, IDLE_LIST } from '../conversations/idleSnapshots';
import { IDLE_TICKET } from '../tickets/deferTickets';
import type { TicketState } from '../tickets/TicketsApi';

/**
 * What each kind of store holds before its first load (`status: 'idle'`, nothing loaded). A UI or a
 * framework binding shows these when there is nothing to watch yet (no conversation chosen, say). They
 * never change: the same objects on every read.
 * @example
 * ```ts
 * const snapshot = conversationId ? client.conversations.get(conversationId).getSnapshot() : idleSnapshots.conversation;
 * ```
 */
export const idleSnapshots: {
  readonly conversation: ConversationSnapshot;
  readonly conversationList: ConversationListSnapshot;
  readonly ticket: TicketState;
} = { conversation: IDLE_CONVERSATION, conversationList: IDLE_LIST, ticket: IDLE_TICKET };
