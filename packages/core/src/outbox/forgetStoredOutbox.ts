import type { KeyValueStorage } from '../storage/KeyValueStorage';

/** The storage key of a person's outbox entry; with no id, the prefix of all their entries. @internal */
export const outboxKey = (identity: string, id = '') => `outbox:${identity}:${id}`;

/**
 * Deletes a person's stored outbox entries without the outbox's code: a logout forgets them on this device
 * even where the conversations' code never loaded (or cannot load, offline).
 * @internal
 */
export async function forgetStoredOutbox(storage: KeyValueStorage, identity: string): Promise<void> {
  for (const key of await storage.keys(outboxKey(identity))) await storage.delete(key);
}
