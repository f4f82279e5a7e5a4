import type { ChatMessage, MessagePart, SendOptions } from '@parley/core';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

type EventPart = Extract<MessagePart, { type: 'event' }>;

/** What an event in the timeline says. */
function eventText(part: EventPart): string {
  switch (part.event) {
    case 'assigned':
      return `${part.assignee?.name || 'Someone from the team'} joined the conversation`;
    case 'handoff_requested':
      return 'You asked to talk to a person';
    case 'resolved':
      return 'Conversation resolved';
    case 'reopened':
      return 'Conversation reopened';
    case 'rated':
      return `You rated this conversation ${part.score ?? '?'} out of 5`;
  }
}

const DELIVERY = { pending: 'Sending…', sent: 'Sent', failed: 'Not sent' } as const;

interface MessageItemProps {
  message: ChatMessage;
  /** Whether to offer the message's quick replies (only the newest message's are still relevant). */
  showReplies: boolean;
  /** Whether to say "Sent" under the customer's own message (pending and failed ones always say so). */
  showSent: boolean;
  onReply: (reply: SendOptions) => void;
  onRetry: (clientMessageId: string) => void;
}

/** One message of the timeline: who wrote it, its text and parts, and, for the customer's own, its delivery. */
export function MessageItem({ message, showReplies, showSent, onReply, onRetry }: MessageItemProps) {
  const mine = message.author.kind === 'visitor';
  const events = message.parts.filter((part) => part.type === 'event');
  const articles = message.parts.filter((part) => part.type === 'article');
  const cards = message.parts.filter((part) => part.type === 'card');
  const replies = message.parts.flatMap((part) => (part.type === 'quick_replies' ? part.replies : []));
  return (
    <>
      {(message.text || articles.length > 0 || cards.length > 0) && (
        <div className="message" data-mine={mine || undefined} data-state={message.state}>
          <p className="author">
            {mine ? 'You' : message.author.name || 'Lumen team'}{' '}
            <time dateTime={message.createdAt}>{time.format(new Date(message.createdAt))}</time>
          </p>
          {message.text && <p className="text">{message.text}</p>}
          {articles.length > 0 && (
            <ul className="suggested" aria-label="Suggested articles">
              {articles.map((part) => (
                <li key={part.articleId}>{part.title}</li>
              ))}
            </ul>
          )}
          {cards.map((card) => (
            <p key={card.title} className="card-part">
              {card.url ? (
                <a href={card.url} target="_blank" rel="noopener noreferrer">
                  {card.title}
                </a>
              ) : (
                <strong>{card.title}</strong>
              )}
              {card.text && ` ${card.text}`}
            </p>
          ))}
          {mine && (message.state !== 'sent' || showSent) && (
            <p className="delivery">
              {DELIVERY[message.state]}
              {message.state === 'failed' && (
                <button
                  type="button"
                  className="link"
                  onClick={() => onRetry(message.clientMessageId ?? message.id)}
                >
                  Retry
                </button>
              )}
            </p>
          )}
        </div>
      )}
      {events.map((part) => (
        <p key={`${message.id}-${part.event}`} className="event">
          {eventText(part)}
        </p>
      ))}
      {showReplies && replies.length > 0 && (
        <div className="replies">
          {replies.map((reply) =>
            reply.action.type === 'url' ? (
              <a key={reply.id} href={reply.action.url} target="_blank" rel="noopener noreferrer">
                {reply.label}
              </a>
            ) : (
              <button
                key={reply.id}
                type="button"
                className="secondary"
                onClick={() =>
                  onReply({
                    text: reply.action.type === 'reply' ? reply.action.text : reply.label,
                    quickReplyId: reply.id,
                  })
                }
              >
                {reply.label}
              </button>
            ),
          )}
        </div>
      )}
    </>
  );
}
