import type { Engine } from '../app/Engine';
import { addConversationMessage } from './addConversationMessage';
import type { ConversationRecord } from './ConversationRecords';
import { systemParticipant } from './participants';

/**
 * Resolves or reopens a conversation: a system `resolved` or `reopened` event in the timeline, then the
 * new status. Nothing happens when it already has that status. Does not publish `conversation.updated`
 * (the caller does, once, after all its changes).
 * @returns the conversation as it is now.
 * @internal
 */
export async function changeConversationStatus(
  engine: Engine,
  conversation: ConversationRecord,
  status: ConversationRecord['status'],
): Promise<ConversationRecord> {
  if (conversation.status === status) return conversation;
  await addConversationMessage(engine, conversation, {
    author: systemParticipant,
    text: '',
    parts: [{ type: 'event', event: status === 'resolved' ? 'resolved' : 'reopened' }],
  });
  const updated = await engine.store.conversations.updateConversation(
    conversation.id,
    { status, updatedAt: engine.now() },
    true,
  );
  return updated ?? conversation;
}
