import type { Engine } from '../app/Engine';
import { validationFailed } from '../http/validationFailed';
import type { ConversationRecord } from './ConversationRecords';
import { publishConversationUpdate } from './publishConversationUpdate';

/**
 * Marks a conversation read up to a message, by its visitor or by the team. The read position only moves
 * forward: marking an older message changes nothing. When it moves, the other side gets a `read` event
 * and both get `conversation.updated` (the visitor's unread count or the team's `lastReadByTeam`).
 * @returns the 422 answer when the message is not one of this conversation's, else `undefined`.
 * @internal
 */
export async function updateReadState(
  engine: Engine,
  conversation: ConversationRecord,
  reader: 'visitor' | 'team',
  messageId: string,
): Promise<Response | undefined> {
  const repository = engine.store.conversations;
  const message = await repository.getMessage(conversation.id, messageId);
  if (message === undefined) {
    return validationFailed([
      { pointer: '/messageId', detail: 'No message with this id is in this conversation.' },
    ]);
  }
  const currentId = reader === 'visitor' ? conversation.visitorReadMessageId : conversation.teamReadMessageId;
  const current = currentId === null ? undefined : await repository.getMessage(conversation.id, currentId);
  if (current !== undefined && current.seq >= message.seq) return undefined;
  const updated = await repository.updateConversation(
    conversation.id,
    reader === 'visitor' ? { visitorReadMessageId: message.id } : { teamReadMessageId: message.id },
    false,
  );
  await engine.events.publish(
    conversation.widgetKey,
    reader === 'visitor' ? 'team' : { contactId: conversation.contactId },
    { type: 'read', data: { conversationId: conversation.id, reader, messageId: message.id } },
  );
  await publishConversationUpdate(engine, updated ?? conversation);
  return undefined;
}
