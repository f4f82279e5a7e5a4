import { type ConversationSnapshot, idleSnapshots } from '@parley/core';
import { type MaybeRefOrGetter, type ShallowRef, toValue } from 'vue';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * One conversation (`client.conversations.get(id)`): its messages, oldest first, who is typing, its unread
 * count..., as a readonly `shallowRef` of the store's snapshot. Follows `conversationId` when it changes
 * (leaving the previous conversation's store); with no id, `idleSnapshots.conversation`. Subscribed while
 * the calling component is mounted; never on the server.
 *
 * @param conversationId - The id, or a ref or getter of it (`null` or `undefined`: none).
 * @example
 * ```ts
 * const props = defineProps<{ conversationId: string | null }>();
 * const conversation = useConversation(() => props.conversationId);
 * // template: <p v-for="message in conversation.messages" :key="message.clientMessageId">...
 * ```
 */
export function useConversation(
  conversationId: MaybeRefOrGetter<string | null | undefined>,
): Readonly<ShallowRef<ConversationSnapshot>> {
  const client = useParley();
  return useStore(() => {
    const id = toValue(conversationId);
    return id ? client.conversations.get(id) : undefined;
  }, idleSnapshots.conversation);
}
