import type { Conversation, ConversationContext, Message, Participant } from '@parley/contract';
import type { ParleyError } from '../errors/ParleyError';
import type { Store } from '../store/Store';

/** Where a message is on its way: shown at once as `pending`, `sent` once the backend has it, or `failed`. */
export type DeliveryState = 'pending' | 'sent' | 'failed';

/** A file the customer attached, as shown while it is on its way. */
export interface LocalFile {
  /** File name. */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** Media type, such as `image/png`. */
  readonly type: string;
}

/**
 * A message as the UI shows it. Sent messages are the backend's; a pending or failed one is a local copy
 * whose `id` is its `clientMessageId`, with the customer's text and the files on their way.
 */
export interface ChatMessage extends Message {
  /** `pending` while on its way, `sent` once the backend has it, `failed` when it gave up (see `error`). */
  readonly state: DeliveryState;
  /** Why a `failed` message failed. */
  readonly error: ParleyError | null;
  /** Files of a message not sent yet (they are uploaded when it is). */
  readonly localFiles: readonly LocalFile[];
}

/** Status of a store that loads from the backend. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** `client.conversations.list`: the customer's conversations, the most recently updated first. */
export interface ConversationListSnapshot {
  /** `idle` until subscribed, `loading` the first time, then `ready`, or `error` (see `error`). */
  readonly status: LoadStatus;
  /** The most recently updated first. */
  readonly conversations: readonly Conversation[];
  /** Unread messages from the team across every conversation. */
  readonly unreadCount: number;
  /** More (older) conversations can be loaded with `loadMore()`. */
  readonly hasMore: boolean;
  /** Why the last load failed; the list keeps what it had. */
  readonly error: ParleyError | null;
}

/** A store of the conversation list, with paging. */
export interface ConversationListStore extends Store<ConversationListSnapshot> {
  /** Loads the next page of older conversations (when `hasMore`). */
  loadMore(): Promise<void>;
  /** Loads the list again from the backend. */
  refresh(): Promise<void>;
}

/** One conversation as the UI shows it. */
export interface ConversationSnapshot {
  /** `idle` until subscribed, `loading` the first time, then `ready`, or `error` (see `error`). */
  readonly status: LoadStatus;
  /** The conversation (status, assignee, rating, context), once loaded. */
  readonly conversation: Conversation | null;
  /** Oldest first: the backend's messages, then the customer's messages still on their way. */
  readonly messages: readonly ChatMessage[];
  /** Older messages exist; `loadOlder()` fetches them. */
  readonly hasOlder: boolean;
  /** Who is typing right now (never the customer). */
  readonly typing: readonly Participant[];
  /** Who answers: the assigned person, else the bot that wrote last, else `null` (the team). */
  readonly answering: Participant | null;
  /** Messages from the team the customer has not read. */
  readonly unreadCount: number;
  /** Why the last load failed. */
  readonly error: ParleyError | null;
}

/** A store of one conversation. Realtime updates flow while it has subscribers. */
export interface ConversationStore extends Store<ConversationSnapshot> {
  /** Loads the page of messages before the oldest shown (when `hasOlder`). */
  loadOlder(): Promise<void>;
  /**
   * Loads the conversation and its latest page of messages again, replacing the copies shown: for example
   * to get fresh attachment links (`url`), which expire. Resolves when done; a failure lands in `error`.
   */
  refresh(): Promise<void>;
}

/** Files to send: `File`s from an input, or blobs with a name. */
export type OutgoingFile = File | { blob: Blob; name: string };

/** What `create` takes: the first message and, optionally, context beyond what the client collects. */
export interface CreateConversationOptions {
  /** The first message (Markdown). */
  text: string;
  /** Files sent with the first message; uploaded before it. */
  attachments?: readonly OutgoingFile[];
  /** Added to the page context the client collects (URL, title, referrer, locale, recent searches). */
  context?: ConversationContext;
}

/** What `send` takes. */
export interface SendOptions {
  /** The message (Markdown); may be empty when files are attached. */
  text: string;
  /** Files to attach; uploaded once each, even across retries. */
  files?: readonly OutgoingFile[];
  /** The quick reply tapped, when the text is its label. */
  quickReplyId?: string;
}

/** `client.conversations`. */
export interface ConversationsApi {
  /** The customer's conversations. */
  readonly list: ConversationListStore;
  /**
   * Starts a conversation with a first message. The message is kept in the outbox until the backend has
   * it, so a reload or a lost network does not lose it; the promise settles once it is created.
   */
  create(options: CreateConversationOptions): Promise<Conversation>;
  /** The store of one conversation (the same store for the same id while it is in use). */
  get(conversationId: string): ConversationStore;
  /**
   * Sends a message: it shows at once as `pending`, then `sent` (or `failed`). Exactly once, even across
   * retries and reloads. Resolves with the `clientMessageId`; follow the state in the conversation store.
   */
  send(conversationId: string, options: SendOptions): Promise<string>;
  /** Sends a `failed` message again, with the same `clientMessageId`. */
  retry(clientMessageId: string): Promise<void>;
  /** Marks everything up to `messageId` (default: the newest message) as read. */
  markRead(conversationId: string, messageId?: string): Promise<void>;
  /** Tells the team the customer is typing (throttled: call it on every keystroke). */
  setTyping(conversationId: string, typing: boolean): void;
  /** Rates a resolved conversation, 1 to 5, with an optional comment. */
  rate(conversationId: string, rating: { score: number; comment?: string }): Promise<Conversation>;
}
