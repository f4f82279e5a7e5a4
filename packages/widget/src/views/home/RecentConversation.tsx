import { useMemo } from 'preact/hooks';
import { useShell } from '../../components/ShellContext';
import { markdownToPlainText } from '../../content/markdownToPlainText';
import { useVisitorConversations } from '../../hooks/useVisitorConversations';
import { createFormatter } from '../../i18n/createFormatter';

/**
 * The visitor's most recent conversation as a card (who wrote last, the start of the last message, when,
 * and how many messages are unread) that opens it, with a link to all of them when there are more.
 * Renders nothing until the list has loaded a conversation, so a first-time visitor sees no empty box (and,
 * without a session, costs nothing: see {@link useVisitorConversations}).
 * @internal
 */
export function RecentConversation() {
  const { client, config, messages, locale, navigation, idPrefix } = useShell();
  const { conversations, hasMore } = useVisitorConversations(client);
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const latest = conversations[0];
  if (!latest) return null;
  const { lastMessage: last, unreadCount: unread } = latest;
  const fromVisitor = last?.author.kind === 'visitor';
  const text =
    last &&
    (markdownToPlainText(last.text) || (last.attachments.length ? messages.conversations.attachment : ''));
  const headingId = `${idPrefix}-recent`;
  return (
    <section class="parley-kb-section" aria-labelledby={headingId}>
      <h4 id={headingId}>{messages.home.recentConversation}</h4>
      <button
        type="button"
        class="parley-home-conversation"
        onClick={() => navigation.push({ view: 'conversation', conversationId: latest.id })}
      >
        <span class="parley-kb-title">
          {(!fromVisitor && last?.author.name) || latest.assignee?.name || config.brand.name}
        </span>
        <span class="parley-kb-snippet">{format.ago(latest.updatedAt)}</span>
        {text && (
          <span class="parley-home-preview">{fromVisitor ? messages.conversations.fromYou(text) : text}</span>
        )}
        {unread > 0 && (
          <span class="parley-home-unread">
            <span aria-hidden="true">{format.number(unread)}</span>
            <span class="parley-visually-hidden">{messages.unreadBadge(unread)}</span>
          </span>
        )}
      </button>
      {(conversations.length > 1 || hasMore) && (
        <button
          type="button"
          class="parley-kb-link"
          onClick={() => navigation.push({ view: 'conversations' })}
        >
          {messages.home.allConversations}
        </button>
      )}
    </section>
  );
}
