import type { Participant } from '@parley/contract';
import type { ChatwootSender } from './chatwootTypes';

/**
 * A Parley participant from a Chatwoot sender (a message's `sender`, a typing event's `user`, an
 * assignee). An `agent_bot` is a bot whatever `kind` says; the visitor has no id (as in core's own copies
 * of the customer's messages); an avatar that is not an http(s) URL is dropped.
 * @internal
 */
export function toParticipant(
  sender: ChatwootSender | null | undefined,
  kind: Participant['kind'],
): Participant {
  const avatar = sender?.avatar_url || sender?.thumbnail;
  return {
    kind: sender?.type === 'agent_bot' ? 'bot' : kind,
    id: kind === 'visitor' || sender?.id == null ? null : `${sender.id}`,
    name: sender?.available_name || sender?.name || '',
    avatarUrl: avatar && /^https?:\/\//i.test(avatar) ? avatar : null,
  };
}
