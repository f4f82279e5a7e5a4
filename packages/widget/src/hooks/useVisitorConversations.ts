import type { ConversationListSnapshot, ParleyClient, Store } from '@parley/core';
import { useStore } from './useStore';

const NONE: ConversationListSnapshot = {
  status: 'idle',
  conversations: [],
  unreadCount: 0,
  hasMore: false,
  error: null,
};
/** The list of a visitor without a session: empty, and nothing to load. */
const NO_CONVERSATIONS: Store<ConversationListSnapshot> = {
  getSnapshot: () => NONE,
  subscribe: () => () => {},
};

/**
 * The visitor's conversations, live, followed only once the visitor has a session (from storage, or
 * started by their first message): the panel of somebody who never asked for help starts no session, and
 * loads neither the conversations nor their code. (The person is kept while a session renews, so the list
 * is not dropped and reloaded then.)
 *
 * @example
 * ```tsx
 * const { conversations, unreadCount } = useVisitorConversations(client);
 * ```
 */
export function useVisitorConversations(client: ParleyClient): ConversationListSnapshot {
  const { contact } = useStore(client.session.visitor);
  return useStore(contact ? client.conversations.list : NO_CONVERSATIONS);
}
