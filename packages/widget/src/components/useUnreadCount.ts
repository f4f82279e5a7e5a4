import type { ParleyClient } from '@parley/core';
import { useVisitorConversations } from '../hooks/useVisitorConversations';

/**
 * Unread messages from the team across the visitor's conversations, live, for the launcher's badge; 0 for a
 * visitor without a session, at no cost (see {@link useVisitorConversations}).
 *
 * @example
 * ```tsx
 * const unread = useUnreadCount(client);
 * return <Launcher unread={unread} … />;
 * ```
 */
export function useUnreadCount(client: ParleyClient): number {
  return useVisitorConversations(client).unreadCount;
}
