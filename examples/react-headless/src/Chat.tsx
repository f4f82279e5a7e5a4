import { useId, useState } from 'react';
import { Conversation } from './Conversation';
import { NewConversationForm } from './NewConversationForm';

// The open conversation survives a reload of this tab; the client keeps the visitor's session itself.
const STORAGE_KEY = 'lumen-help:conversation';

/** A conversation with the team: the first question starts it, then it continues live. */
export function Chat() {
  const id = useId();
  const [conversationId, setConversationId] = useState(() => sessionStorage.getItem(STORAGE_KEY));
  const open = (next: string | null) => {
    if (next) sessionStorage.setItem(STORAGE_KEY, next);
    else sessionStorage.removeItem(STORAGE_KEY);
    setConversationId(next);
  };
  return (
    <section className="card chat" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Ask the team</h2>
      {conversationId ? (
        <Conversation conversationId={conversationId} onNew={() => open(null)} />
      ) : (
        <NewConversationForm onStarted={open} />
      )}
    </section>
  );
}
