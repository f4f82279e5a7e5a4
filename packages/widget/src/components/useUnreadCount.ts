import type { ParleyClient, Store } from '@parley/core';
import { useStore } from '../hooks/useStore';

const NO_UNREAD = { unreadCount: 0 };
/** A store of nothing unread, for visitors without a session. */
const NOTHING_UNREAD: Store<{ unreadCount: number }> = {
  getSnapshot: () => NO_UNREAD,
  subscribe: () => () => {},
};

/**
 * Unread messages from the team across the visitor's conversations, live, for the launcher's badge. The
 * conversation list (and its realtime feed) is followed only once the visitor has a session: a page view
 * of somebody who never asked for help makes no request. (The person is kept while a session renews, so the
 * list is not dropped and reloaded then.)
 *
 * @example
 * ```tsx
 * const unread = useUnreadCount(client);
 * return <Launcher unread={unread} … />;
 * ```
 */
export function useUnreadCount(client: ParleyClient): number {
  const { contact } = useStore(client.session.visitor);
  return useStore(contact ? client.conversations.list : NOTHING_UNREAD).unreadCount;
}
