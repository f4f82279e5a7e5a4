import type { SeedContent } from '../seed/SeedContent';
import type {
  ConversationChanges,
  ConversationListPage,
  ConversationQuery,
  ConversationRecord,
  MessageListPage,
  MessageQuery,
  MessageRecord,
  NewMessageRecord,
} from './ConversationRecords';

/** The answer of {@link ConversationRepository.addMessage}. @internal */
export type AddedMessage =
  /** The message was stored, with its place in the sequence. */
  | { created: true; message: MessageRecord }
  /** The conversation already has a message with this `clientMessageId`: the stored one, unchanged. */
  | { created: false; message: MessageRecord };

/**
 * Storage of conversations and their messages. Implementations: {@link createMemoryConversationRepository}
 * and {@link createSqliteConversationRepository}; both pass the same tests.
 * @internal
 */
export interface ConversationRepository {
  /** Writes the domain's part of seed content (nothing: conversations start empty). */
  seed(content: SeedContent): Promise<void>;
  createConversation(conversation: ConversationRecord): Promise<void>;
  getConversation(id: string): Promise<ConversationRecord | undefined>;
  /**
   * Conversations matching the query, the most recently updated first. Every change through
   * {@link updateConversation} or {@link addMessage} moves a conversation to the front.
   */
  listConversations(query: ConversationQuery): Promise<ConversationListPage>;
  /**
   * Applies the changes; returns the updated conversation, or `undefined` when there is none.
   * @param touch - Whether this counts as activity that moves the conversation to the front of lists
   *   (a new status, assignee or rating does; read state does not).
   */
  updateConversation(
    id: string,
    changes: ConversationChanges,
    touch: boolean,
  ): Promise<ConversationRecord | undefined>;
  /**
   * Appends a message and sets the conversation's `updatedAt` to the message's time. Exactly once: when
   * the conversation already has a message with the same non-null `clientMessageId`, nothing is written
   * and that message is returned.
   */
  addMessage(message: NewMessageRecord): Promise<AddedMessage>;
  getMessage(conversationId: string, messageId: string): Promise<MessageRecord | undefined>;
  /** The message of this conversation at this place in the sequence. */
  getMessageAt(conversationId: string, seq: number): Promise<MessageRecord | undefined>;
  findMessageByClientId(conversationId: string, clientMessageId: string): Promise<MessageRecord | undefined>;
  /** One page of the conversation's messages, oldest first (see {@link MessageQuery}). */
  listMessages(conversationId: string, query: MessageQuery): Promise<MessageListPage>;
  /** The newest message of the conversation. */
  getLastMessage(conversationId: string): Promise<MessageRecord | undefined>;
  /** Messages from the bot or the team after the visitor's last read message (all of them when none). */
  countUnreadByVisitor(conversationId: string): Promise<number>;
  /**
   * Moves everything of one contact to another (a visitor who identified as a known user): their
   * conversations, and the author id of their messages.
   */
  reassignContact(fromContactId: string, toContactId: string): Promise<void>;
}
