import type { KeyValueStorage } from '../storage/KeyValueStorage';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import { forgetStoredOutbox, outboxKey as key } from './forgetStoredOutbox';
import type { OutboxEntry } from './OutboxEntry';

/** The identity of whoever acts before any session exists. */
const ANONYMOUS = 'anonymous';

/**
 * The unsent actions of one person, in memory (a store, for the UI) and in storage (for reloads). Keys are
 * `outbox:<identity>:<clientMessageId>`, so a logout forgets exactly that person's entries and another
 * person on the same device never sends them. Changes run one after another, so memory and storage agree
 * (a removal never lands before the move it follows), and a `forget` drops the changes asked for before it.
 * @internal
 */
export interface Outbox {
  /** The current person's entries, oldest first. */
  readonly entries: Store<readonly OutboxEntry[]>;
  /**
   * Makes `identity` the owner: the stored entries of the previous owner and those made before any session
   * existed move to it, and all of its entries are loaded.
   */
  use(identity: string): Promise<void>;
  /** Stores a new entry (`add`), or a new version of one still in the outbox. */
  put(entry: OutboxEntry, add?: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  /** Deletes every stored entry of `identity` (default: the owner); forgetting the owner empties memory. */
  forget(identity?: string): Promise<void>;
  find(id: string): OutboxEntry | undefined;
}

/** @internal */
export function createOutbox(storage: KeyValueStorage): Outbox {
  const entries = createStore<readonly OutboxEntry[]>([]);
  let owner = ANONYMOUS;
  /** Bumped when the owner is forgotten. */
  let era = 0;
  let queue = Promise.resolve();
  const list = () => entries.getSnapshot();
  const find = (id: string) => list().find((entry) => entry.id === id);
  const without = (id: string) => list().filter((entry) => entry.id !== id);
  // Ordered as the customer acted: `createdAt` is unique within a page, and ISO strings sort as dates.
  const show = (next: OutboxEntry[]) =>
    entries.set(next.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)));
  // Skips what is not an entry (deleted meanwhile, or written by another version).
  const read = async (identity: string) =>
    (await Promise.all((await storage.keys(key(identity))).map((k) => storage.get<OutboxEntry>(k)))).filter(
      (entry) => entry?.id,
    ) as OutboxEntry[];
  const serial = (change: () => Promise<void>) => {
    const asked = era;
    const done = queue.then(() => (asked === era ? change() : undefined));
    queue = done.catch(() => {});
    return done;
  };

  return {
    entries,
    find,
    use: (identity) =>
      serial(async () => {
        for (const from of [owner, ANONYMOUS]) {
          if (from === identity) continue;
          for (const entry of await read(from)) {
            await storage.set(key(identity, entry.id), entry);
            await storage.delete(key(from, entry.id));
          }
        }
        owner = identity;
        show(await read(identity));
      }),
    // Shown once stored: a send never starts before the entry would survive a reload.
    put: (entry, add) =>
      serial(async () => {
        if (!add && !find(entry.id)) return;
        await storage.set(key(owner, entry.id), entry);
        show([...without(entry.id), entry]);
      }),
    remove: (id) =>
      serial(async () => {
        if (find(id)) entries.set(without(id));
        await storage.delete(key(owner, id));
      }),
    forget(identity = owner) {
      if (identity === owner) {
        era += 1;
        owner = ANONYMOUS;
        entries.set([]);
      }
      return serial(() => forgetStoredOutbox(storage, identity));
    },
  };
}
