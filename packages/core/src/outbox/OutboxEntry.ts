import type { ConversationContext } from '@parley/contract';

/**
 * One user action waiting for the backend: a message to send, or a conversation to start with its first
 * message. Kept in storage (IndexedDB) until the backend has it, so it survives reloads. Everything in it
 * is structured-cloneable, files included.
 * @internal
 */
export interface OutboxEntry {
  /** The one id of this action: `clientMessageId` and `Idempotency-Key` on every attempt. */
  readonly clientMessageId: string;
  readonly kind: 'message' | 'conversation';
  /** The conversation a message goes to; `null` for a conversation being started. */
  readonly conversationId: string | null;
  readonly text: string;
  readonly files: readonly { readonly blob: Blob; readonly name: string }[];
  /** Ids of the files uploaded so far, in the order of `files`; an upload is never repeated. */
  readonly attachmentIds: readonly string[];
  readonly quickReplyId: string | undefined;
  readonly context: ConversationContext | undefined;
  /** When the customer acted (ISO); orders the outbox. */
  readonly createdAt: string;
  /** Orders actions made in the same millisecond. */
  readonly sequence: number;
  readonly state: 'pending' | 'failed';
  /** Why it failed, kept as plain data so it survives a reload. */
  readonly failure: { readonly code: string; readonly message: string; readonly transient: boolean } | null;
}
