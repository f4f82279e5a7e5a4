import type { ConversationStore, SendOptions } from '@parley/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { focusIsParked } from '../../components/focusIsParked';
import { useWidget } from '../../components/WidgetContext';
import { useRefreshWhileOpen } from '../../hooks/useRefreshWhileOpen';
import { useStore } from '../../hooks/useStore';
import { createFormatter } from '../../i18n/createFormatter';
import { errorMessage, type WidgetMessages } from '../../i18n/messages';
import { Avatar } from './Avatar';
import { Composer } from './Composer';
import { ConnectionBanner } from './ConnectionBanner';
import { DesktopNotificationOffer } from './DesktopNotificationOffer';
import { type EventPart, groupMessages } from './groupMessages';
import { MessageItem } from './MessageItem';
import { RatingForm } from './RatingForm';
import { timelineState } from './timelineState';
import { useChatScroll } from './useChatScroll';

/** Props of {@link ConversationView}. */
export interface ConversationViewProps {
  conversationId: string;
}

const ignore = () => {};

function eventText({ events }: WidgetMessages, part: EventPart): string {
  return {
    assigned: () => events.assigned(part.assignee?.name ?? ''),
    handoff_requested: () => events.handoff,
    resolved: () => events.resolved,
    reopened: () => events.reopened,
    rated: () => events.rated(part.score ?? 0),
  }[part.event]();
}

/**
 * A conversation: who answers, the messages grouped by sender and day with their delivery state, the
 * team's typing, quick replies and cards, a way to a person while a bot answers, the rating once resolved,
 * and the composer. A failed first load can be tried again (which subscribes afresh).
 */
export function ConversationView({ conversationId }: ConversationViewProps) {
  const [attempt, setAttempt] = useState(0);
  return <Chat key={attempt} conversationId={conversationId} onRetry={() => setAttempt((n) => n + 1)} />;
}

function Chat({ conversationId, onRetry }: ConversationViewProps & { onRetry: () => void }) {
  const { client, config, messages, locale, idPrefix, navigation } = useWidget();
  const t = messages.conversation;
  const { conversations } = client;
  const store: ConversationStore = conversations.get(conversationId);
  const snapshot = useStore(store);
  useRefreshWhileOpen(store);
  const { conversation, typing, answering } = snapshot;
  const format = useMemo(() => createFormatter(locale, messages), [locale, messages]);
  const items = useMemo(
    () => groupMessages(snapshot.messages, (at) => format.day(at)),
    [snapshot.messages, format],
  );
  const flow = timelineState(snapshot.messages, conversation?.lastReadByTeam ?? null);
  const [older, setOlder] = useState(false);
  /** Messages whose quick replies were tapped: retired at once, before the reply shows. */
  const [tapped, setTapped] = useState<readonly string[]>([]);
  const [rating, setRating] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  const markRead = () => {
    if (
      store.getSnapshot().unreadCount &&
      scroll.atBottom.current &&
      document.visibilityState === 'visible'
    ) {
      void conversations.markRead(conversationId).catch(ignore);
    }
  };
  const loadOlder = () => {
    if (!store.getSnapshot().hasOlder || older) return;
    setOlder(true);
    void store.loadOlder().finally(() => setOlder(false));
  };
  const scroll = useChatScroll(
    snapshot.messages[0] && (snapshot.messages[0].clientMessageId ?? snapshot.messages[0].id),
    loadOlder,
    markRead,
  );
  useEffect(markRead, [snapshot.unreadCount]);
  const loaded = !!conversation;
  useEffect(() => {
    const box = input.current;
    if (!loaded || !box || navigation.getSnapshot().length < 2) return;
    // Arrived from a view whose control went away (the new-conversation composer), which leaves focus
    // nowhere or on the panel: write on here. A panel opened on this view keeps its own focus.
    if (focusIsParked(box)) box.focus();
  }, [loaded]);
  useEffect(() => {
    document.addEventListener('visibilitychange', markRead);
    return () => document.removeEventListener('visibilitychange', markRead);
  }, []);

  const send = (options: SendOptions) => {
    // Writing is reading the newest: follow the conversation down to the message just sent.
    scroll.atBottom.current = true;
    return conversations.send(conversationId, options).then(
      () => true,
      () => false,
    );
  };
  /** Retires what was chosen (quick replies, the way to a person) and sends `options`. */
  const choose = (key: string, options: SendOptions, byKeyboard: boolean) => {
    setTapped((list) => [...list, key]);
    // The buttons are gone: keep focus in the conversation, in the composer for keyboard users (a touch
    // there would open the on-screen keyboard).
    (byKeyboard ? input : scroll.ref).current?.focus();
    void send(options);
  };

  if (!conversation) {
    return snapshot.status === 'error' && snapshot.error ? (
      <ErrorNotice
        message={
          snapshot.error.code === 'not_found' ? t.unavailable : errorMessage(messages, snapshot.error.code)
        }
        retryLabel={messages.retry}
        onRetry={onRetry}
      />
    ) : (
      <p class="parley-status" role="status">
        {messages.loading}
      </p>
    );
  }
  const open = conversation.status === 'open';
  const mayAskForPerson =
    open &&
    !tapped.includes('handoff') &&
    answering?.kind === 'bot' &&
    !flow.waitingForPerson &&
    !(flow.handoffOffered && !tapped.includes(flow.quickReplies ?? ''));
  const name = (author: { kind: string; name: string }) =>
    author.kind === 'visitor' ? t.you : author.name || t.team;

  return (
    <div class="parley-chat">
      <div class="parley-chat-head">
        {answering && <Avatar participant={answering} />}
        <div>
          <h3 id={`${idPrefix}-chat-title`}>{answering?.name || t.title}</h3>
          <p class="parley-muted">{answering?.kind === 'bot' ? t.bot : t.team}</p>
        </div>
      </div>
      <ConnectionBanner />
      <section
        class="parley-chat-scroll"
        ref={scroll.ref}
        onScroll={scroll.onScroll}
        aria-labelledby={`${idPrefix}-chat-title`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard even when it holds no control (WCAG 2.1.1, axe's scrollable-region-focusable).
        tabIndex={0}
      >
        {snapshot.hasOlder && (
          <button type="button" class="parley-link parley-earlier" aria-disabled={older} onClick={loadOlder}>
            {t.earlier}
          </button>
        )}
        <div class="parley-log" role="log" aria-live="polite" aria-label={t.log} aria-busy={older}>
          {items.map((item) => {
            if (item.kind === 'day') {
              return (
                <p key={item.key} class="parley-day">
                  {item.label}
                </p>
              );
            }
            if (item.kind === 'event') {
              return (
                <p key={item.key} class="parley-event">
                  {eventText(messages, item.part)}
                </p>
              );
            }
            const last = item.messages[item.messages.length - 1];
            const status =
              last && last === flow.lastMine
                ? { pending: t.sending, sent: flow.seen ? t.seen : t.sent, failed: '' }[last.state]
                : '';
            return (
              <div key={item.key} class="parley-group" data-mine={item.mine || undefined}>
                {!item.mine && (
                  <div class="parley-author" aria-hidden="true">
                    <Avatar participant={item.author} />
                    {name(item.author)}
                  </div>
                )}
                {item.messages.map((message) => (
                  <MessageItem
                    key={message.clientMessageId ?? message.id}
                    message={message}
                    author={name(message.author)}
                    live={message.id === flow.quickReplies && !tapped.includes(message.id)}
                    onReply={(quick, byKeyboard) =>
                      choose(
                        message.id,
                        {
                          text: quick.action.type === 'reply' ? quick.action.text : quick.label,
                          quickReplyId: quick.id,
                        },
                        byKeyboard,
                      )
                    }
                    format={format}
                  />
                ))}
                <p class="parley-meta">
                  {last && format.time(last.createdAt)}
                  {status && ` · ${status}`}
                </p>
              </div>
            );
          })}
        </div>
        {typing[0] && (
          <p class="parley-typing">
            <span class="parley-dots" aria-hidden="true">
              <i />
              <i />
              <i />
            </span>
            {t.typing(typing[0].name || t.team)}
          </p>
        )}
        {open && flow.waitingForPerson && <p class="parley-event">{t.waitingForPerson}</p>}
        {mayAskForPerson && (
          <button
            type="button"
            class="parley-reply"
            onClick={(event) =>
              choose(
                'handoff',
                { text: t.talkToPerson, ...(flow.handoffReply && { quickReplyId: flow.handoffReply }) },
                !event.detail,
              )
            }
          >
            {t.talkToPerson}
          </button>
        )}
        {open && flow.lastMine && <DesktopNotificationOffer onAnswered={() => scroll.ref.current?.focus()} />}
        {!open && <p class="parley-event">{t.reopenHint}</p>}
        {!open && config.capabilities.rating && (!conversation.rating || rating) && (
          <RatingForm conversationId={conversationId} onRate={() => setRating(true)} />
        )}
      </section>
      <Composer
        draftKey={`conversation:${conversationId}`}
        inputRef={input}
        onSend={(text, files) => {
          conversations.setTyping(conversationId, false);
          return send({ text, files });
        }}
        onText={(text) => conversations.setTyping(conversationId, text !== '')}
      />
    </div>
  );
}
