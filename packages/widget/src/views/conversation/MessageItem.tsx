import type { ChatMessage, MessagePart } from '@parley/core';
import { useWidget } from '../../components/WidgetContext';
import { AttachmentLink } from '../../content/AttachmentLink';
import { attachmentHref } from '../../content/attachmentHref';
import { MessageText } from '../../content/MessageText';
import { safeHref } from '../../content/safeHref';
import type { Formatter } from '../../i18n/createFormatter';

/** A quick reply of the contract. @internal */
export type QuickReply = Extract<MessagePart, { type: 'quick_replies' }>['replies'][number];

/** Props of {@link MessageItem}. @internal */
export interface MessageItemProps {
  message: ChatMessage;
  /** Who wrote it, read before the message by screen readers (the group shows the name once). */
  author: string;
  /** Whether its quick replies can still be tapped. */
  live: boolean;
  /** `byKeyboard`: the reply was chosen with the keyboard (not a pointer or a touch). */
  onReply: (reply: QuickReply, byKeyboard: boolean) => void;
  format: Formatter;
}

/** Opens in a new tab, without giving the page a handle on ours. */
const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/**
 * One message: its text (the Markdown subset, never HTML), its files, its rich parts (quick replies while
 * live, cards, article cards that open inside the widget) and, when it could not be sent, a retry button.
 * @internal
 */
export function MessageItem({ message, author, live, onReply, format }: MessageItemProps) {
  const { client, messages, navigation, idPrefix } = useWidget();
  const t = messages.conversation;
  const files = [
    ...message.attachments.map((file) => ({
      ...file,
      href: attachmentHref(file.url, client.options.baseUrl),
    })),
    ...message.localFiles.map((file) => ({ ...file, contentType: file.type, href: undefined })),
  ];
  return (
    <div class="parley-message" data-state={message.state}>
      <span class="parley-visually-hidden">{author}: </span>
      {(message.text.trim() || files.length > 0) && (
        <div class="parley-bubble">
          {message.text.trim() && <MessageText text={message.text} newTabLabel={messages.article.newTab} />}
          {files.map((file) => (
            <AttachmentLink
              key={file.name}
              name={file.name}
              contentType={file.contentType}
              size={format.fileSize(file.size)}
              href={file.href}
            />
          ))}
        </div>
      )}
      {message.parts.map((part, index) => {
        const key = `${message.id}-${index}`;
        if (part.type === 'quick_replies') {
          return (
            live && (
              <fieldset key={key} class="parley-replies" aria-label={t.quickReplies}>
                {part.replies.map((reply) => {
                  if (reply.action.type !== 'url') {
                    return (
                      <button
                        key={reply.id}
                        type="button"
                        class="parley-reply"
                        onClick={(event) => onReply(reply, !event.detail)}
                      >
                        {reply.label}
                      </button>
                    );
                  }
                  const href = safeHref(reply.action.url);
                  return (
                    href && (
                      <a key={reply.id} class="parley-reply" href={href} {...external}>
                        {reply.label}
                      </a>
                    )
                  );
                })}
              </fieldset>
            )
          );
        }
        if (part.type === 'card') {
          const image = part.imageUrl && safeHref(part.imageUrl);
          const href = part.url && safeHref(part.url);
          const titleId = `${idPrefix}-${key}`;
          return (
            <div key={key} class="parley-card">
              {image && <img src={image} alt="" />}
              <strong id={titleId}>{part.title}</strong>
              {part.text && <p>{part.text}</p>}
              {href && (
                <a class="parley-card-link" href={href} aria-describedby={titleId} {...external}>
                  {t.openLink}
                </a>
              )}
            </div>
          );
        }
        if (part.type === 'article') {
          return (
            <button
              key={key}
              type="button"
              class="parley-card"
              onClick={() => navigation.push({ view: 'article', articleId: part.articleId })}
            >
              <strong>{part.title}</strong>
              {part.snippet && <span>{part.snippet}</span>}
              <span class="parley-card-link">{t.readArticle}</span>
            </button>
          );
        }
        return null;
      })}
      {message.state === 'failed' && (
        <p class="parley-failed">
          {t.failed}
          <button
            type="button"
            class="parley-link"
            onClick={() => void client.conversations.retry(message.id).catch(() => {})}
          >
            {messages.retry}
          </button>
        </p>
      )}
    </div>
  );
}
