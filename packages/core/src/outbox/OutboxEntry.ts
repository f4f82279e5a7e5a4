import type { ConversationContext } from '@parley/contract';
import type { UploadFile } from '../backend/Backend';

/**
 * One user action waiting for the backend: a message to send, or a conversation to start with its first
 * message. Kept in storage (IndexedDB) until the backend has it, so it survives reloads. Everything in it
 * is structured-cloneable, files included.
 * @internal
 */
export interface OutboxEntry {
  /** The action's `clientMessageId`, also its `Idempotency-Key` on every attempt. */
  readonly id: string;
  /** The conversation a message goes to; `null` for a conversation being started. */
  readonly conversationId: string | null;
  readonly text: string;
  readonly files: readonly UploadFile[];
  /** Ids of the files uploaded so far, in the order of `files`; an upload is never repeated. */
  readonly attachmentIds: readonly string[];
  readonly quickReplyId?: string | undefined;
  /** The context of a conversation being started. */
  readonly context?: ConversationContext | undefined;
  /** When the customer acted (ISO, unique within a page): orders the outbox. */
  readonly createdAt: string;
  /** Why it failed, as plain data so that it survives a reload; absent while it is pending. */
  readonly failure?:
    | { readonly code: string; readonly message: string; readonly transient: boolean }
    | undefined;
}
