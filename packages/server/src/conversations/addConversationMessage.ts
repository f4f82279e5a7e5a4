import type { MessagePart, Participant } from '@parley/contract';
import type { Engine } from '../app/Engine';
import { newId } from '../security/newId';
import type { ConversationRecord } from './ConversationRecords';
import type { AddedMessage } from './ConversationRepository';
import { messageBody } from './conversationBody';

/** A message to add to a conversation. @internal */
export interface MessageInput {
  author: Participant;
  text: string;
  parts?: MessagePart[];
  attachmentIds?: string[];
  clientMessageId?: string | null;
}

/**
 * Adds a message (exactly once per `clientMessageId`) and, when it is new, publishes `message.created`
 * to the conversation's visitor and to the team.
 * @internal
 */
export async function addConversationMessage(
  engine: Engine,
  conversation: ConversationRecord,
  input: MessageInput,
): Promise<AddedMessage> {
  const added = await engine.store.conversations.addMessage({
    id: newId('msg'),
    conversationId: conversation.id,
    clientMessageId: input.clientMessageId ?? null,
    author: input.author,
    text: input.text,
    parts: input.parts ?? [],
    attachmentIds: input.attachmentIds ?? [],
    createdAt: engine.now(),
  });
  if (added.created) {
    const event = {
      type: 'message.created',
      data: { conversationId: conversation.id, message: await messageBody(engine, added.message) },
    } as const;
    await engine.events.publish(conversation.widgetKey, { contactId: conversation.contactId }, event);
    await engine.events.publish(conversation.widgetKey, 'team', event);
  }
  return added;
}
