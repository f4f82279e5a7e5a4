import { type ConversationSnapshot, idleSnapshots } from '@parley/core';
import { useParley } from './useParley';
import { constantStore, useStore } from './useStore';

const NO_CONVERSATION = constantStore(idleSnapshots.conversation);

/**
 * One conversation: its messages (with the customer's own still on their way), who is typing, who answers
 * and the unread count; loaded when first used and live while mounted. Idle while `conversationId` is empty.
 * Send with `useParley().conversations.send(conversationId, { text })`.
 * @example
 * ```tsx
 * const { status, messages, typing } = useConversation(conversationId);
 * ```
 */
export function useConversation(conversationId: string | null | undefined): ConversationSnapshot {
  const client = useParley();
  return useStore(conversationId ? client.conversations.get(conversationId) : NO_CONVERSATION);
}
