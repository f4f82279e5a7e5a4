import type { ParleyClient } from '@parley/core';
import { useContext } from 'react';
import { ParleyContext } from './ParleyContext';

/**
 * The client of the nearest `<ParleyProvider>`: the whole SDK (send a message, identify, create a ticket...).
 * @throws Error outside of a `<ParleyProvider>`.
 * @example
 * ```tsx
 * const client = useParley();
 * const send = (text: string) => client.conversations.send(conversationId, { text });
 * ```
 */
export function useParley(): ParleyClient {
  const client = useContext(ParleyContext);
  if (!client) {
    throw new Error(
      '[parley] useParley() and the Parley hooks need a <ParleyProvider client={…}> or <ParleyProvider options={…}> above them.',
    );
  }
  return client;
}
