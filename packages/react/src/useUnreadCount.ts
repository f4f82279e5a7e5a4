import { useSyncExternalStore } from 'react';
import { useParley } from './useParley';

/**
 * Unread messages from the team across the customer's conversations, for a badge. Re-renders only when the
 * count changes, not on every change of the list.
 * @example
 * ```tsx
 * const unread = useUnreadCount();
 * ```
 */
export function useUnreadCount(): number {
  const { list } = useParley().conversations;
  const count = () => list.getSnapshot().unreadCount;
  return useSyncExternalStore(list.subscribe, count, count);
}
