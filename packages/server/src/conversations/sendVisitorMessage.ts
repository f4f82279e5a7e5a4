import type { QuickRepliesPart, SendMessageRequest } from '@parley/contract';
import type { Engine } from '../app/Engine';
import { problem } from '../http/problem';
import { invalidField } from '../http/validationFailed';
import type { ContactRecord } from '../sessions/SessionRecords';
import type { Widget } from '../widgetConfig/Widget';
import { addConversationMessage } from './addConversationMessage';
import type { ConversationRecord, MessageRecord } from './ConversationRecords';
import { changeConversationStatus } from './changeConversationStatus';
import { runDemoBot } from './demoBot';
import { visitorParticipant } from './participants';
import { publishConversationUpdate } from './publishConversationUpdate';

/** How far back a tapped quick reply is looked for. */
const QUICK_REPLY_LOOKBACK = 50;

/**
 * Checks what the schema cannot: a message needs text or attachments, and every attachment must be a
 * file this contact uploaded. Pointers start with `at` (`/message` inside `POST /conversations`).
 * @returns the attachment ids without repeats, or the 422 answer.
 * @internal
 */
export async function checkVisitorMessage(
  engine: Engine,
  contact: ContactRecord,
  request: SendMessageRequest,
  at = '',
): Promise<{ ok: true; attachmentIds: string[] } | { ok: false; response: Response }> {
  const ids = request.attachmentIds ?? [];
  if (request.text.trim() === '' && ids.length === 0) {
    return { ok: false, response: invalidField(`${at}/text`, 'A message needs text or attachments.') };
  }
  for (const [index, id] of ids.entries()) {
    const attachment = await engine.store.attachments.getAttachment(id);
    // A file of someone else is answered like an unknown one, so ids cannot be probed.
    if (attachment === undefined || attachment.contactId !== contact.id) {
      return {
        ok: false,
        response: invalidField(
          `${at}/attachmentIds/${index}`,
          'No uploaded file with this id belongs to you.',
        ),
      };
    }
  }
  return { ok: true, attachmentIds: [...new Set(ids)] };
}

function sameMessage(stored: MessageRecord, request: SendMessageRequest, attachmentIds: string[]): boolean {
  return (
    stored.text === request.text && JSON.stringify(stored.attachmentIds) === JSON.stringify(attachmentIds)
  );
}

function reusedClientMessageId(): Response {
  return problem({
    status: 422,
    code: 'idempotency_key_reused',
    title: 'clientMessageId reused',
    detail: 'This conversation already has a different message with this clientMessageId.',
  });
}

/** The quick reply with this id among the conversation's recent messages, newest first. */
async function findQuickReply(
  engine: Engine,
  conversationId: string,
  quickReplyId: string | undefined,
): Promise<QuickRepliesPart['replies'][number] | undefined> {
  if (quickReplyId === undefined) return undefined;
  const { messages } = await engine.store.conversations.listMessages(conversationId, {
    limit: QUICK_REPLY_LOOKBACK,
  });
  for (const message of messages.reverse()) {
    if (message.author.kind === 'visitor') continue;
    for (const part of message.parts) {
      if (part.type !== 'quick_replies') continue;
      const reply = part.replies.find((candidate) => candidate.id === quickReplyId);
      if (reply !== undefined) return reply;
    }
  }
  return undefined;
}

/** What {@link sendVisitorMessage} needs. @internal */
export interface VisitorMessage {
  widget: Widget;
  contact: ContactRecord;
  conversation: ConversationRecord;
  request: SendMessageRequest;
  /** From {@link checkVisitorMessage}. */
  attachmentIds: string[];
}

/**
 * Adds a visitor's message, exactly once per `clientMessageId`: a retry with the same text and
 * attachments gets the stored message (`created: false`), another message under the same id is 422
 * `idempotency_key_reused`. A resolved conversation is reopened first. Then the demo bot answers, and
 * `conversation.updated` is published.
 * @internal
 */
export async function sendVisitorMessage(
  engine: Engine,
  { widget, contact, conversation, request, attachmentIds }: VisitorMessage,
): Promise<
  | { ok: true; created: boolean; message: MessageRecord; conversation: ConversationRecord }
  | { ok: false; response: Response }
> {
  const repository = engine.store.conversations;
  const existing = await repository.findMessageByClientId(conversation.id, request.clientMessageId);
  if (existing !== undefined) {
    return sameMessage(existing, request, attachmentIds)
      ? { ok: true, created: false, message: existing, conversation }
      : { ok: false, response: reusedClientMessageId() };
  }
  const isFirstMessage = (await repository.getLastMessage(conversation.id)) === undefined;
  const quickReply = await findQuickReply(engine, conversation.id, request.quickReplyId);
  let current = await changeConversationStatus(engine, conversation, 'open');
  const added = await addConversationMessage(engine, current, {
    author: visitorParticipant(contact),
    text: request.text,
    attachmentIds,
    clientMessageId: request.clientMessageId,
  });
  if (!added.created) {
    // The same message arrived twice at once and the other request stored it first.
    return sameMessage(added.message, request, attachmentIds)
      ? { ok: true, created: false, message: added.message, conversation: current }
      : { ok: false, response: reusedClientMessageId() };
  }
  current = (await repository.getConversation(conversation.id)) ?? current;
  current = await runDemoBot(engine, {
    widget,
    conversation: current,
    message: added.message,
    isFirstMessage,
    quickReply,
  });
  await publishConversationUpdate(engine, current);
  return { ok: true, created: true, message: added.message, conversation: current };
}
