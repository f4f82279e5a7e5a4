import { problem } from '../http/problem';

/**
 * 404 `conversation_not_found`: the same answer for an unknown id and for a conversation of someone else,
 * so ids cannot be probed.
 * @internal
 */
export function conversationNotFound(): Response {
  return problem({
    status: 404,
    code: 'conversation_not_found',
    title: 'Conversation not found',
    detail: 'No conversation with this id belongs to this session.',
  });
}
