import type { Conversation } from '@parley/contract';
import type { Engine } from '../app/Engine';
import type { ConversationRecord } from './ConversationRecords';
import { conversationBody } from './conversationBody';

/**
 * Publishes `conversation.updated` with the conversation as it is now, to its visitor and to the team.
 * @returns the published body.
 * @internal
 */
export async function publishConversationUpdate(
  engine: Engine,
  conversation: ConversationRecord,
): Promise<Conversation> {
  const body = await conversationBody(engine, conversation);
  const event = { type: 'conversation.updated', data: { conversation: body } } as const;
  await engine.events.publish(conversation.widgetKey, { contactId: conversation.contactId }, event);
  await engine.events.publish(conversation.widgetKey, 'team', event);
  return body;
}
