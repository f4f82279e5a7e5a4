import type { ConversationListSnapshot, ConversationSnapshot } from './ConversationsApi';

/** The conversation list before its first load. @internal */
export const IDLE_LIST: ConversationListSnapshot = {
  status: 'idle',
  conversations: [],
  unreadCount: 0,
  hasMore: false,
  error: null,
};

/** A conversation before its first load. @internal */
export const IDLE_CONVERSATION: ConversationSnapshot = {
  status: 'idle',
  conversation: null,
  messages: [],
  hasOlder: false,
  typing: [],
  answering: null,
  unreadCount: 0,
  error: null,
};
