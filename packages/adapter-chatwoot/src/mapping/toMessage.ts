import type { Message } from '@parley/contract';
import type { ChatwootMessage } from './chatwootTypes';
import { toAttachment } from './toAttachment';
import { toId } from './toId';
import { toIso } from './toIso';
import { toMillis } from './toMillis';
import { toParticipant } from './toParticipant';

/**
 * A Parley message from a Chatwoot one (REST or websocket). The author's kind comes from `message_type`:
 * 0 (incoming) is the visitor, 2 (activity) the system, 3 (template, such as the CSAT survey) and an
 * outgoing message with no sender (an automation's) a bot, 1 (outgoing) an agent, or a bot when the
 * sender is an agent bot. `clientMessageId` is the echo's `echo_id`, else the one given (what the adapter
 * knows of this message).
 * @internal
 */
export function toMessage(
  message: ChatwootMessage,
  conversationId = toId('cnv', message.conversation_id),
  clientMessageId: string | null = null,
): Message {
  const type = message.message_type;
  const createdAt = toIso(toMillis(message.created_at));
  return {
    id: toId('msg', message.id),
    conversationId,
    clientMessageId: message.echo_id || clientMessageId,
    author: toParticipant(
      message.sender,
      type === 0 ? 'visitor' : type === 2 ? 'system' : type === 3 || !message.sender ? 'bot' : 'agent',
    ),
    text: message.content ?? '',
    parts: [],
    attachments: (message.attachments ?? []).map((attachment) => toAttachment(attachment, createdAt)),
    createdAt,
  };
}
