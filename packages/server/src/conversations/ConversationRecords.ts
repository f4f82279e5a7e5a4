import type { ConversationContext, MessagePart, Participant } from '@parley/contract';

/** A conversation's rating as stored. @internal */
export interface RatingRecord {
  score: number;
  comment: string | null;
  /** Epoch milliseconds. */
  ratedAt: number;
}

/** A conversation as stored. Times are epoch milliseconds. @internal */
export interface ConversationRecord {
  id: string;
  widgetKey: string;
  contactId: string;
  status: 'open' | 'resolved';
  /** Who handles it: the bot, a person on the team, or nobody yet (`null`, waiting for the team). */
  assignee: Participant | null;
  context: ConversationContext;
  rating: RatingRecord | null;
  /** The last message the visitor has read; team and bot messages after it are unread. */
  visitorReadMessageId: string | null;
  /** The last message the team has read. */
  teamReadMessageId: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What may change about a conversation. @internal */
export type ConversationChanges = Partial<
  Pick<
    ConversationRecord,
    'status' | 'assignee' | 'rating' | 'visitorReadMessageId' | 'teamReadMessageId' | 'updatedAt'
  >
>;

/** A message before the store has given it its place in the sequence. @internal */
export interface NewMessageRecord {
  id: string;
  conversationId: string;
  /** The sender's own id; unique within a conversation. */
  clientMessageId: string | null;
  author: Participant;
  text: string;
  parts: MessagePart[];
  attachmentIds: string[];
  /** Epoch milliseconds. */
  createdAt: number;
}

/** A stored message. @internal */
export interface MessageRecord extends NewMessageRecord {
  /**
   * Position in the database's message sequence: increases with every message of any conversation and is
   * never reused, so pagination cursors can point between messages.
   */
  seq: number;
}

/** A conversation list query: a page of the most recently updated first. @internal */
export interface ConversationQuery {
  contactId?: string;
  widgetKey?: string;
  status?: 'open' | 'resolved';
  /** Continue after this position (from {@link ConversationListPage.next}). */
  after?: number;
  limit: number;
}

/** One page of conversations and where the next starts. @internal */
export interface ConversationListPage {
  conversations: ConversationRecord[];
  /** Position to continue from; `null` on the last page. */
  next: number | null;
}

/** A message page query: the latest page, or the page just before or after a message. @internal */
export type MessageQuery =
  | { limit: number }
  | { before: number; limit: number }
  | { after: number; limit: number };

/** One page of messages, oldest first, and whether more follow in the direction asked. @internal */
export interface MessageListPage {
  messages: MessageRecord[];
  hasMore: boolean;
}
