import type { KeyValueStorage } from '../storage/KeyValueStorage';
import { createStore, type WritableStore } from '../store/createStore';
import type { OutboxEntry } from './OutboxEntry';

/** Storage key prefix of one person's outbox. */
const outboxPrefix = (identity: string): string => `outbox:${identity}:`;

/** Sorts entries in the order the customer made them. */
function byCreation(a: OutboxEntry, b: OutboxEntry): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.sequence - b.sequence;
}

/**
 * The unsent actions of one person, in memory (a store, for the UI) and in storage (for reloads). Keys are
 * `outbox:<identity>:<clientMessageId>`, so a logout forgets exactly that person's entries and another
 * person on the same device never sends them.
 * @internal
 */
export interface Outbox {
  /** The current person's entries, oldest first. */
  readonly entries: WritableStore<readonly OutboxEntry[]>;
  /** Loads the person's entries from storage (and adopts those made before any session existed). */
  load(identity: string): Promise<void>;
  put(entry: OutboxEntry): Promise<void>;
  remove(clientMessageId: string): Promise<void>;
  /** Moves the current entries to another identity (the visitor was identified and merged). */
  moveTo(identity: string): Promise<void>;
  /** Deletes every stored entry of `identity`. */
  forget(identity: string): Promise<void>;
  find(clientMessageId: string): OutboxEntry | undefined;
}

/** @internal */
export function createOutbox(storage: KeyValueStorage): Outbox {
  const entries = createStore<readonly OutboxEntry[]>([]);
  let identity = 'anonymous';

  const readAll = async (owner: string): Promise<OutboxEntry[]> => {
    const keys = await storage.keys(outboxPrefix(owner));
    const values = await Promise.all(keys.map((key) => storage.get<OutboxEntry>(key)));
    return values.filter((entry): entry is OutboxEntry => typeof entry?.clientMessageId === 'string');
  };

  const setEntries = (next: OutboxEntry[]): void => entries.set(next.sort(byCreation));

  const outbox: Outbox = {
    entries,
    async load(next) {
      identity = next;
      const own = await readAll(next);
      if (next !== 'anonymous') {
        // Messages written before the first session existed belong to whoever the session turned out to be.
        for (const entry of await readAll('anonymous')) {
          await storage.set(outboxPrefix(next) + entry.clientMessageId, entry);
          await storage.delete(outboxPrefix('anonymous') + entry.clientMessageId);
          own.push(entry);
        }
      }
      // Entries added in memory while loading are kept.
      const known = new Set(own.map((entry) => entry.clientMessageId));
      setEntries([...own, ...entries.getSnapshot().filter((entry) => !known.has(entry.clientMessageId))]);
    },
    async put(entry) {
      setEntries([
        ...entries.getSnapshot().filter((item) => item.clientMessageId !== entry.clientMessageId),
        entry,
      ]);
      await storage.set(outboxPrefix(identity) + entry.clientMessageId, entry);
    },
    async remove(clientMessageId) {
      const current = entries.getSnapshot();
      if (current.some((item) => item.clientMessageId === clientMessageId)) {
        entries.set(current.filter((item) => item.clientMessageId !== clientMessageId));
      }
      await storage.delete(outboxPrefix(identity) + clientMessageId);
    },
    async moveTo(next) {
      if (next === identity) return;
      const previous = identity;
      identity = next;
      for (const entry of entries.getSnapshot()) {
        await storage.set(outboxPrefix(next) + entry.clientMessageId, entry);
        await storage.delete(outboxPrefix(previous) + entry.clientMessageId);
      }
    },
    async forget(owner) {
      const keys = await storage.keys(outboxPrefix(owner));
      await Promise.all(keys.map((key) => storage.delete(key)));
      if (owner === identity) entries.set([]);
    },
    find: (clientMessageId) =>
      entries.getSnapshot().find((entry) => entry.clientMessageId === clientMessageId),
  };
  return outbox;
}
