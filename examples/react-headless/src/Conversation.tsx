import type { SendOptions } from '@parley/core';
import { useConversation, useParley } from '@parley/react';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ConnectionBadge } from './ConnectionBadge';
import { MessageItem } from './MessageItem';

interface ConversationProps {
  conversationId: string;
  /** Leaves this conversation for a new one. */
  onNew: () => void;
}

/** A conversation, live: its messages with their delivery, who answers and types, and a composer. */
export function Conversation({ conversationId, onNew }: ConversationProps) {
  const client = useParley();
  const id = useId();
  const { status, conversation, messages, typing, answering, unreadCount, error } =
    useConversation(conversationId);
  const [text, setText] = useState('');
  const log = useRef<HTMLDivElement>(null);

  // What is shown has been read: the team's inbox shows it as seen.
  useEffect(() => {
    if (unreadCount > 0) client.conversations.markRead(conversationId).catch(() => {});
  }, [client, conversationId, unreadCount]);

  // Keep the newest message in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the messages change
  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [messages]);

  if (!conversation) {
    return status === 'error' ? (
      <div role="alert" className="error">
        <p>
          This conversation could not be loaded
          {error?.code === 'not_found' ? ': it belongs to another visitor or no longer exists.' : '.'}
        </p>
        <button type="button" onClick={onNew}>
          Start a new conversation
        </button>
      </div>
    ) : (
      <p role="status">Loading the conversation…</p>
    );
  }

  // The message shows at once as pending, then sent or failed: the store says which, not the promise.
  const send = (message: SendOptions) => {
    client.conversations.send(conversationId, message).catch(() => {});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    client.conversations.setTyping(conversationId, false);
    send({ text });
    setText('');
  };
  // Enter sends, Shift+Enter starts a new line (not while an input method is composing).
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  const newest = messages[messages.length - 1];
  const newestMine = messages.filter((message) => message.author.kind === 'visitor').pop();

  return (
    <div className="conversation">
      <div className="conversation-bar">
        <p>{answering ? `You are talking to ${answering.name}` : 'The team answers here'}</p>
        <ConnectionBadge />
      </div>
      <div
        ref={log}
        role="log"
        aria-label="Messages"
        className="messages"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
        tabIndex={0}
      >
        {messages.map((message) => (
          <MessageItem
            key={message.clientMessageId ?? message.id}
            message={message}
            showReplies={message === newest && message.author.kind !== 'visitor'}
            showSent={message === newestMine}
            onReply={send}
            onRetry={(clientMessageId) => client.conversations.retry(clientMessageId).catch(() => {})}
          />
        ))}
      </div>
      <p role="status" className="typing">
        {typing[0] && `${typing[0].name || 'Someone from the team'} is typing…`}
      </p>
      {conversation.status === 'resolved' && (
        <p className="muted">This conversation is resolved. Write again to reopen it.</p>
      )}
      <form className="composer" onSubmit={submit}>
        <label htmlFor={`${id}-message`}>Message</label>
        <textarea
          id={`${id}-message`}
          value={text}
          rows={2}
          onChange={(event) => {
            setText(event.target.value);
            // Throttled by the client: call it on every keystroke.
            client.conversations.setTyping(conversationId, event.target.value !== '');
          }}
          onKeyDown={onKeyDown}
        />
        <div className="composer-actions">
          <button type="button" className="secondary" onClick={onNew}>
            New conversation
          </button>
          <button type="submit">Send</button>
        </div>
      </form>
    </div>
  );
}
