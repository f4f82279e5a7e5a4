import type { ConversationListSnapshot } from '@parley/core';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * The customer's conversations, the most recently updated first, with the unread count; loaded when first
 * used and kept up to date in realtime while mounted. Page with `useParley().conversations.list.loadMore()`.
 * @example
 * ```tsx
 * const { status, conversations, hasMore } = useConversations();
 * ```
 */
export function useConversations(): ConversationListSnapshot {
  return useStore(useParley().conversations.list);
}
