import { computed, type ShallowRef } from 'vue';
import { useConversations } from './useConversations';

/**
 * Unread messages from the team across the customer's conversations (the conversation list's
 * `unreadCount`), as a readonly ref: it changes only when the count does. Subscribes to the list while
 * the calling component is mounted; never on the server.
 *
 * @example
 * ```ts
 * const unread = useUnreadCount();
 * // template: <span v-if="unread > 0" class="badge">{{ unread }}</span>
 * ```
 */
export function useUnreadCount(): Readonly<ShallowRef<number>> {
  const list = useConversations();
  return computed(() => list.value.unreadCount);
}
