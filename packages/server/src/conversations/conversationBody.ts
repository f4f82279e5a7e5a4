import type { Conversation, Message } from '@parley/contract';
import type { Engine } from '../app/Engine';
import { attachmentBody } from '../attachments/attachmentBody';
import type { ConversationRecord, MessageRecord } from './ConversationRecords';

const iso = (ms: number) => new Date(ms).toISOString();

/** A stored message as the contract shows it, with its attachments looked up. @internal */
export async function messageBody(engine: Engine, message: MessageRecord): Promise<Message> {
  const records = await Promise.all(
    message.attachmentIds.map((id) => engine.store.attachments.getAttachment(id)),
  );
  // A file that has since gone (deleted) is left out rather than failing the whole conversation.
  const attachments = await Promise.all(
    records.flatMap((record) => (record === undefined ? [] : [attachmentBody(engine, record)])),
  );
  return {
    id: message.id,
    conversationId: message.conversationId,
    clientMessageId: message.clientMessageId,
    author: message.author,
    text: message.text,
    parts: message.parts,
    attachments,
    createdAt: iso(message.createdAt),
  };
}

/** A stored conversation as its visitor sees it: with its last message and unread count. @internal */
export async function conversationBody(
  engine: Engine,
  conversation: ConversationRecord,
): Promise<Conversation> {
  const repository = engine.store.conversations;
  const [last, unreadCount] = await Promise.all([
    repository.getLastMessage(conversation.id),
    repository.countUnreadByVisitor(conversation.id),
  ]);
  return {
    id: conversation.id,
    status: conversation.status,
    assignee: conversation.assignee,
    createdAt: iso(conversation.createdAt),
    updatedAt: iso(conversation.updatedAt),
    lastMessage: last === undefined ? null : await messageBody(engine, last),
    unreadCount,
    lastReadByTeam: conversation.teamReadMessageId,
    rating:
      conversation.rating === null
        ? null
        : {
            score: conversation.rating.score,
            comment: conversation.rating.comment,
            ratedAt: iso(conversation.rating.ratedAt),
          },
    context: conversation.context,
  };
}
