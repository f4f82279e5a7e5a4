import { useMemo } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWidget } from '../../components/WidgetContext';
import { useStore } from '../../hooks/useStore';
import { createFormatter } from '../../i18n/createFormatter';
import { errorMessage } from '../../i18n/messages';
import { TicketStatusBadge } from './TicketStatusBadge';
import { useArrivalFocus } from './useArrivalFocus';

/**
 * The identified user's requests, newest first, each opening its ticket; more load on demand. A visitor
 * who has not been identified has none here, and is offered the lookup form instead.
 */
export function TicketListView() {
  const { client, messages, locale, navigation } = useWidget();
  const t = messages.tickets;
  const store = useMemo(() => client.tickets.list(), [client]);
  const { status, tickets, hasMore, loadingMore, error } = useStore(store);
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const headingRef = useArrivalFocus();
  const loading = ((status === 'idle' || status === 'loading') && !tickets[0]) || loadingMore;

  return (
    <>
      <h3 ref={headingRef} tabIndex={-1} class="parley-ticket-title">
        {t.listTitle}
      </h3>
      {tickets[0] && (
        <ul class="parley-ticket-list">
          {tickets.map((ticket) => (
            <li key={ticket.id}>
              <button
                type="button"
                class="parley-ticket-row"
                onClick={() => navigation.push({ view: 'ticket', ticketId: ticket.id })}
              >
                <span class="parley-ticket-subject" dir="auto">
                  {ticket.subject}
                </span>{' '}
                <span class="parley-ticket-meta">
                  <TicketStatusBadge status={ticket.status} /> {ticket.reference} ·{' '}
                  {messages.dates.updated(format.date(ticket.updatedAt))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {status === 'ready' && !tickets[0] && (
        <div class="parley-ticket-empty">
          <p>{t.listEmpty}</p>
          <button
            type="button"
            class="parley-button"
            onClick={() => navigation.push({ view: 'ticketLookup' })}
          >
            {messages.home.checkRequest}
          </button>
        </div>
      )}
      {error && (
        <ErrorNotice
          message={errorMessage(messages, error.code)}
          retryLabel={messages.retry}
          onRetry={() => void (hasMore ? store.loadMore() : store.refresh())}
        />
      )}
      {hasMore && !error && (
        <button
          type="button"
          class="parley-button parley-ticket-more"
          aria-disabled={loadingMore}
          onClick={() => void (loadingMore || store.loadMore())}
        >
          {messages.conversations.more}
        </button>
      )}
      <p class="parley-status" role="status">
        {loading ? messages.loading : ''}
      </p>
    </>
  );
}
