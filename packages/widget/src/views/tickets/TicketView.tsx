import type { TicketComment } from '@parley/core';
import { useMemo } from 'preact/hooks';
import { contactFlow } from '../../availability/contactFlow';
import { useAvailability } from '../../availability/useAvailability';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWidget } from '../../components/WidgetContext';
import { AttachmentLink } from '../../content/AttachmentLink';
import { attachmentHref } from '../../content/attachmentHref';
import { MessageText } from '../../content/MessageText';
import { useRefreshWhileOpen } from '../../hooks/useRefreshWhileOpen';
import { useStore } from '../../hooks/useStore';
import { createFormatter, type Formatter } from '../../i18n/createFormatter';
import { errorMessage } from '../../i18n/messages';
import { ReplyBox } from './ReplyBox';
import { TicketStatusBadge } from './TicketStatusBadge';
import { useArrivalFocus } from './useArrivalFocus';

/** Props of {@link TicketView}. */
export interface TicketViewProps {
  ticketId: string;
}

/**
 * One ticket, live: its subject and status, the status timeline, the whole thread (the team's replies and
 * the requester's, with their files) and a reply box. A solved ticket says that replying reopens it; a
 * closed one takes no reply (the contract refuses it) and offers a new message instead.
 */
export function TicketView({ ticketId }: TicketViewProps) {
  const { client, config, messages, locale, navigation, idPrefix } = useWidget();
  const t = messages.tickets;
  const store = useMemo(() => client.tickets.get(ticketId), [client, ticketId]);
  const { ticket, comments, error } = useStore(store);
  useRefreshWhileOpen(store);
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const flow = contactFlow(config.capabilities, useAvailability(config.availability));
  const headingRef = useArrivalFocus();
  const threadId = `${idPrefix}-${ticketId}-thread`;
  const retry = (
    <ErrorNotice
      message={errorMessage(messages, error?.code ?? 'server')}
      retryLabel={messages.retry}
      onRetry={() => void store.refresh()}
    />
  );

  if (!ticket) {
    if (!error) {
      return (
        <p class="parley-status" role="status">
          {messages.loading}
        </p>
      );
    }
    // Not this person's ticket, or no longer there: the lookup is the way in.
    return error.code === 'not_found' ? (
      <div class="parley-error" role="alert">
        <p>{t.notFound}</p>
        <button type="button" class="parley-button" onClick={() => navigation.push({ view: 'ticketLookup' })}>
          {messages.home.checkRequest}
        </button>
      </div>
    ) : (
      retry
    );
  }

  const history = ticket.statusHistory;
  return (
    <article class="parley-ticket">
      <h3 ref={headingRef} tabIndex={-1} class="parley-ticket-title" dir="auto">
        {ticket.subject}
      </h3>
      <p class="parley-ticket-meta">
        <TicketStatusBadge status={ticket.status} /> {t.title(ticket.reference)} ·{' '}
        {t.submitted(format.date(ticket.createdAt))}
      </p>
      {error && retry}

      <h4 class="parley-ticket-heading">{t.history}</h4>
      <ol class="parley-ticket-timeline">
        {history.map((step, index) => (
          <li key={step.at + step.status} aria-current={index === history.length - 1 ? 'step' : undefined}>
            <span>{t.status[step.status]}</span> <time dateTime={step.at}>{format.dateTime(step.at)}</time>
          </li>
        ))}
      </ol>

      <h4 class="parley-ticket-heading" id={threadId}>
        {t.messages(comments.length)}
      </h4>
      <div role="log" aria-labelledby={threadId}>
        <ol class="parley-ticket-thread">
          {comments.map((comment) => (
            <Comment key={comment.id} comment={comment} format={format} />
          ))}
        </ol>
      </div>

      {ticket.status === 'closed' ? (
        <div class="parley-ticket-closed">
          <p>{t.closed}</p>
          {flow !== 'none' && (
            <button
              type="button"
              class="parley-button"
              onClick={() =>
                navigation.push({
                  view: flow === 'conversation' ? 'newConversation' : 'offlineForm',
                  text: '',
                })
              }
            >
              {messages.home.newConversation}
            </button>
          )}
        </div>
      ) : (
        <ReplyBox ticketId={ticketId} hint={ticket.status === 'solved' ? t.solvedHint : undefined} />
      )}
    </article>
  );
}

/** One message of the thread. The author's name, the text and the file names are the backend's: text only. */
function Comment({ comment, format }: { comment: TicketComment; format: Formatter }) {
  const { client, messages } = useWidget();
  const { author, attachments } = comment;
  const mine = author.kind === 'visitor';
  return (
    <li class="parley-ticket-comment" data-mine={mine || undefined}>
      <p class="parley-ticket-meta">
        <strong dir="auto">{mine ? messages.conversation.you : author.name}</strong>{' '}
        <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
      </p>
      <MessageText text={comment.text} newTabLabel={messages.article.newTab} />
      {attachments[0] && (
        <ul class="parley-ticket-files">
          {attachments.map((file) => (
            <li key={file.id}>
              <AttachmentLink
                name={file.name}
                contentType={file.contentType}
                size={format.fileSize(file.size)}
                href={attachmentHref(file.url, client.options.baseUrl)}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
