import { ParleyError } from '@parley/core';
import { useParley } from '@parley/react';
import { type FormEvent, useId, useState } from 'react';

/** The first question, which starts a conversation (`conversations.create`). */
export function NewConversationForm({ onStarted }: { onStarted: (conversationId: string) => void }) {
  const client = useParley();
  const id = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    setError(null);
    try {
      // Kept in the client's outbox until the backend has it: a lost network delays it, it is not lost.
      const conversation = await client.conversations.create({ text });
      onStarted(conversation.id);
    } catch (failure) {
      setError(
        failure instanceof ParleyError && failure.code === 'network'
          ? 'We could not reach the team. Check your connection and try again.'
          : 'Your message could not be sent. Please try again.',
      );
      setSending(false);
    }
  }

  return (
    <form className="composer" onSubmit={start} aria-busy={sending}>
      <label htmlFor={`${id}-text`}>Your question</label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={3}
        required
        readOnly={sending}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={sending}>
        {sending ? 'Sending…' : 'Start conversation'}
      </button>
    </form>
  );
}
