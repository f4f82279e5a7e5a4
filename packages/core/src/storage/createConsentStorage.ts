import { createMemoryStorage } from './createMemoryStorage';
import type { KeyValueStorage } from './KeyValueStorage';

/**
 * Whether the visitor lets the client keep data on the device:
 * - `granted`: stored for later visits;
 * - `pending`: not decided yet; kept in memory, and stored once granted;
 * - `denied`: kept in memory only, for this page.
 */
export type ConsentState = 'granted' | 'pending' | 'denied';

/** A storage that obeys the visitor's consent. */
export interface ConsentStorage {
  /** Reads and writes according to the current consent. Hand this one to the rest of the client. */
  readonly storage: KeyValueStorage;
  /** The consent in force (changed at once by {@link ConsentStorage.setConsent}). */
  consent(): ConsentState;
  /**
   * Changes the consent. Granting writes what was kept in memory to the persistent storage (and makes the
   * deletions made meanwhile); denying after a grant deletes the client's data from it. Operations made
   * meanwhile wait until the switch is done.
   * @returns when the switch is done (it never rejects).
   */
  setConsent(state: ConsentState): Promise<void>;
}

/**
 * Wraps a persistent {@link KeyValueStorage} so that nothing reaches it without consent. While consent is
 * `pending` or `denied` the persistent storage is not touched at all, not even read (reading stored data
 * needs consent too, and opening IndexedDB would create the database): writes are kept in memory and reads
 * see only them. Granting then writes them through.
 *
 * @param persistent where data goes once consent is granted (IndexedDB by default in the client).
 * @param consent the consent the visitor has given so far.
 * @param keyPrefix the keys of `persistent` that belong to this client: on a switch from `granted` to
 *   `denied`, every key starting with it is deleted from `persistent` (after being copied into memory, so
 *   the page keeps working). Set it when `persistent` is shared with other data.
 * @example
 * ```ts
 * const consent = createConsentStorage(createIndexedDbStorage(widgetKey), 'pending');
 * // ... later, when the visitor accepts the cookie banner:
 * await consent.setConsent('granted');
 * ```
 */
export function createConsentStorage(
  persistent: KeyValueStorage,
  consent: ConsentState = 'granted',
  keyPrefix = '',
): ConsentStorage {
  let state = consent;
  let memory = createMemoryStorage();
  // Keys deleted while in memory: deleted from the persistent storage too once granted, before the writes
  // held in memory (so a key deleted, then written again, ends up written).
  let deleted = new Set<string>();
  // The storage the calls go to; it changes only once a switch has finished.
  let target: KeyValueStorage = state === 'granted' ? persistent : memory;
  let switching: Promise<void> = Promise.resolve();

  /** Copies `keys` from one storage to the other, deleting them from the first with `erase`. */
  const copy = async (from: KeyValueStorage, to: KeyValueStorage, keys: string[], erase?: boolean) => {
    for (const key of keys) {
      await to.set(key, await from.get(key));
      if (erase) await from.delete(key);
    }
  };

  // Every call waits for a switch in progress, then goes to the storage in force.
  const storage = {} as Record<keyof KeyValueStorage, (key: string, value?: unknown) => Promise<unknown>>;
  for (const method of ['get', 'set', 'delete', 'keys'] as const) {
    storage[method] = async (key, value) => {
      await switching;
      if (method === 'delete' && target === memory) deleted.add(key);
      return target[method](key, value);
    };
  }

  return {
    storage: storage as KeyValueStorage,
    consent: () => state,
    setConsent(next) {
      state = next;
      switching = switching
        .then(async () => {
          const granting = next === 'granted';
          // Switches made meanwhile may have come back to where the storage already is.
          if (granting === (target === persistent)) return;
          if (granting) {
            for (const key of deleted) await persistent.delete(key);
            // Everything the page holds: what was written meanwhile, and what an earlier grant stored.
            await copy(memory, persistent, await memory.keys(''));
          } else {
            memory = createMemoryStorage();
            deleted = new Set();
            await copy(persistent, memory, await persistent.keys(keyPrefix), next === 'denied');
          }
          target = granting ? persistent : memory;
        })
        // A persistent storage that fails is not the visitor's problem: what is in memory stays usable.
        .catch(() => {});
      return switching;
    },
  };
}
