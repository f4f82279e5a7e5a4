import type { ParleyClient, SendOptions } from '@parley/core';

/**
 * Sends a message as the visitor and resolves once the backend has it (the store shows it `sent`), so a
 * story's setup can go on knowing the order of messages.
 * @internal
 */
export function sendAsVisitor(
  client: ParleyClient,
  conversationId: string,
  options: SendOptions,
): Promise<void> {
  const store = client.conversations.get(conversationId);
  let id: string | undefined;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!store.getSnapshot().messages.some((m) => m.clientMessageId === id && m.state === 'sent')) return;
      stop();
      resolve();
    };
    const stop = store.subscribe(check);
    client.conversations.send(conversationId, options).then((sent) => {
      id = sent;
      check();
    }, reject);
  });
}
