import type { Conversation } from '@parley/contract';
import type { ChatwootConversation } from './chatwootTypes';
import { toId } from './toId';
import { toIso } from './toIso';
import { toMessage } from './toMessage';
import { toMillis } from './toMillis';

/**
 * A Parley conversation from a Chatwoot one, computed from its `messages` (the Client API sends them all):
 * - `status`: `resolved`, or `open` for Chatwoot's open, pending and snoozed;
 * - `unreadCount`: the team's messages (outgoing, template) after the contact's `contact_last_seen_at`;
 * - `lastReadByTeam`: the last visitor message at or before the team's `agent_last_seen_at`;
 * - `rating`: the answer to the CSAT survey (the `input_csat` message's `submitted_values`);
 * - `assignee`: `null`, as the Client API does not tell (the widget shows who last answered);
 * - `createdAt`/`updatedAt`: the first and last messages' (now, for a new empty conversation).
 * `clientMessageId` gives the ids the adapter knows of its visitor's messages.
 * @internal
 */
export function toConversation(
  conversation: ChatwootConversation,
  clientMessageId: (messageId: number) => string | undefined = () => undefined,
): Conversation {
  const id = toId('cnv', conversation.id);
  const messages = (conversation.messages ?? []).filter((message) => !message.private);
  const last = messages.at(-1);
  const seenByVisitor = toMillis(conversation.contact_last_seen_at) || 0;
  const seenByTeam = toMillis(conversation.agent_last_seen_at) || 0;
  const createdAt = toMillis(conversation.created_at) || toMillis(messages[0]?.created_at) || Date.now();
  let lastReadByTeam: string | null = null;
  let unreadCount = 0;
  let rating: Conversation['rating'] = null;
  for (const message of messages) {
    const type = message.message_type;
    const at = toMillis(message.created_at);
    if (type === 0 && at <= seenByTeam) lastReadByTeam = toId('msg', message.id);
    if ((type === 1 || type === 3) && !(at <= seenByVisitor)) unreadCount++;
    const answer = message.content_attributes?.submitted_values?.csat_survey_response;
    const score = answer?.rating ?? 0;
    if (message.content_type === 'input_csat' && [1, 2, 3, 4, 5].includes(score)) {
      rating = {
        score,
        comment: answer?.feedback_message || null,
        ratedAt: toIso(toMillis(message.updated_at) || at),
      };
    }
  }
  return {
    id,
    status: conversation.status === 'resolved' ? 'resolved' : 'open',
    assignee: null,
    createdAt: toIso(createdAt),
    updatedAt: toIso(Math.max(createdAt, toMillis(last?.created_at) || 0)),
    lastMessage: last ? toMessage(last, id, clientMessageId(last.id)) : null,
    unreadCount,
    lastReadByTeam,
    rating,
    context: {},
  };
}
