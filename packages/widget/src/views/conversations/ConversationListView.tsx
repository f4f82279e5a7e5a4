import { useMemo, useRef, useState } from 'preact/hooks';
import { useAvailability } from '../../availability/useAvailability';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWidget } from '../../components/WidgetContext';
import { useStore } from '../../hooks/useStore';
import { createFormatter } from '../../i18n/createFormatter';
import { errorMessage } from '../../i18n/messages';
import { contactRoute } from '../home/contactRoute';
import { ConversationRow } from './ConversationRow';
import { counterpart } from './counterpart';

/**
 * The visitor's conversations, the most recent first (returning visitors, identified users): each opens its
 * conversation; a button starts a new one (or the offline form while the team is away); older ones load on
 * request. Loading and "no conversations" are announced; an error offers a retry.
 * @internal
 */
export function ConversationListView() {
  const { client, config, messages, locale, navigation, idPrefix } = useWidget();
  const list = client.conversations.list;
  const { status, conversations, hasMore, error } = useStore(list);
  const newRoute = contactRoute(config.capabilities, useAvailability(config.availability));
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const [loadingMore, setLoadingMore] = useState(false);
  // What the retry button repeats: the page of older conversations that failed, else the whole list.
  const moreFailed = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = messages.conversations;
  const titleId = `${idPrefix}-conversations-title`;
  const loading = status === 'idle' || status === 'loading' || loadingMore;

  const loadMore = () => {
    if (loadingMore) return;
    setLoadingMore(true);
    void list.loadMore().finally(() => {
      moreFailed.current = list.getSnapshot().status === 'error';
      setLoadingMore(false);
    });
  };

  return (
    <section class="parley-conversations" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {text.title}
      </h3>
      {newRoute && (
        <button type="button" class="parley-conversations-new" onClick={() => navigation.push(newRoute)}>
          {messages.home.newConversation}
        </button>
      )}
      {conversations.length > 0 && (
        <ul class="parley-conversations-list" aria-busy={loadingMore}>
          {conversations.map((conversation) => (
            <li key={conversation.id}>
              <ConversationRow
                conversation={conversation}
                who={counterpart(conversation, config)}
                messages={messages}
                format={format}
                onOpen={(conversationId) => navigation.push({ view: 'conversation', conversationId })}
              />
            </li>
          ))}
        </ul>
      )}
      {/* Always present, so that screen readers announce its changes: loading, then "no conversations". */}
      <p class="parley-status" role="status">
        {loading ? messages.loading : status === 'ready' && !conversations.length ? text.empty : ''}
      </p>
      {status === 'error' && error && (
        <ErrorNotice
          message={errorMessage(messages, error.code)}
          retryLabel={messages.retry}
          onRetry={() => {
            // The notice goes away while retrying: keep keyboard users in the view.
            heading.current?.focus();
            if (moreFailed.current) loadMore();
            else void list.refresh();
          }}
        />
      )}
      {hasMore && status === 'ready' && (
        <button
          type="button"
          class="parley-button parley-conversations-more"
          aria-disabled={loadingMore}
          onClick={loadMore}
        >
          {text.more}
        </button>
      )}
    </section>
  );
}
