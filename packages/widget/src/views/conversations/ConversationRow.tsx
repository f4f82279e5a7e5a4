import type { Conversation, Participant } from '@parley/core';
import type { Formatter } from '../../i18n/createFormatter';
import type { WidgetMessages } from '../../i18n/messages';
import { Avatar } from '../conversation/Avatar';
import { previewText } from './previewText';

/** Props of {@link ConversationRow}. */
export interface ConversationRowProps {
  conversation: Conversation;
  /** Who the visitor talks with (see `counterpart`). */
  who: Participant;
  messages: WidgetMessages;
  format: Formatter;
  onOpen: (conversationId: string) => void;
}

/**
 * One conversation of the list, as one button: who, when, the last message on one line, unread count and a
 * quiet "resolved". Everything is text; the button's name reads in that order (the spaces between the parts
 * keep its words apart: flex layout shows none of them).
 * @internal
 */
export function ConversationRow({ conversation, who, messages, format, onOpen }: ConversationRowProps) {
  const { id, status, unreadCount, lastMessage, updatedAt } = conversation;
  const at = lastMessage?.createdAt ?? updatedAt;
  // A conversation whose last message is its resolution says so once, in the preview.
  const endsResolved = lastMessage?.parts.some((part) => part.type === 'event' && part.event === 'resolved');
  return (
    <button
      type="button"
      class="parley-conversation"
      data-unread={unreadCount > 0 || undefined}
      onClick={() => onOpen(id)}
    >
      <Avatar participant={who} />
      <span class="parley-conversation-main">
        <span class="parley-conversation-line">
          <span class="parley-conversation-name" dir="auto">
            {who.name}
          </span>{' '}
          <time dateTime={at}>{format.ago(at)}</time>
        </span>{' '}
        <span class="parley-conversation-line">
          <span class="parley-conversation-preview" dir="auto">
            {previewText(lastMessage, messages)}
          </span>{' '}
          {status === 'resolved' && !endsResolved && (
            <span class="parley-conversation-status">{messages.conversations.resolved} </span>
          )}
          {unreadCount > 0 && (
            <>
              <span class="parley-conversation-count" aria-hidden="true">
                {format.number(unreadCount)}
              </span>
              <span class="parley-visually-hidden">{messages.unreadBadge(unreadCount)}</span>
            </>
          )}
        </span>
      </span>
    </button>
  );
}
