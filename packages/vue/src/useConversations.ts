import type { ConversationListSnapshot } from '@parley/core';
import type { ShallowRef } from 'vue';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * The customer's conversations (`client.conversations.list`), most recently updated first, as a readonly
 * `shallowRef` of the list's snapshot: `status`, `conversations`, `unreadCount`, `error`... Subscribed
 * while the calling component is mounted (which loads the list and keeps it live); never on the server.
 *
 * @example
 * ```ts
 * const list = useConversations();
 * // template: <li v-for="conversation in list.conversations" :key="conversation.id">...
 * ```
 */
export function useConversations(): Readonly<ShallowRef<ConversationListSnapshot>> {
  const client = useParley();
  return useStore(() => client.conversations.list);
}
