import { createMemoryStorage } from './createMemoryStorage';
import type { KeyValueStorage } from './KeyValueStorage';

/**
 * Whether the visitor lets the client keep data on the device:
 * - `granted`: stored for later visits;
 * - `pending`: not decided yet; kept in memory, and stored once granted;
 * - `denied`: kept in memory only, for this page.
 */
export type ConsentState = 'granted' | 'pending' | 'denied';

/** Options of {@link createConsentStorage}. */
export interface ConsentStorageOptions {
  /**
   * The keys of `persistent` that belong to this client: on a switch from `granted` to `denied`, every key
   * starting with it is deleted from `persistent` (after being copied into memory, so the page keeps
   * working). Set it when `persistent` is shared with other data.
   * @default '' (every key)
   */
  keyPrefix?: string;
}

/** A storage that obeys the visitor's consent. */
export interface ConsentStorage {
  /** Reads and writes according to the current consent. Hand this one to the rest of the client. */
  readonly storage: KeyValueStorage;
  /** The consent in force (changed at once by {@link ConsentStorage.setConsent}). */
  consent(): ConsentState;
  /**
   * Changes the consent. Granting writes what was kept in memory to the persistent storage; denying after a
   * grant deletes the client's data from it. Operations made meanwhile wait until the switch is done.
   * @returns when the switch is done (it never rejects).
   */
  setConsent(state: ConsentState): Promise<void>;
}

/**
 * Wraps a persistent {@link KeyValueStorage} so that nothing reaches it without consent. While consent is
 * `pending` or `denied` the persistent storage is not touched at all, not even read (reading stored data
 * needs consent too, and opening IndexedDB would create the database): writes are kept in memory and reads
 * see only them. Granting then writes them through, in the order they were made.
 *
 * @param persistent where data goes once consent is granted (IndexedDB by default in the client).
 * @param consent the consent the visitor has given so far.
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
  options: ConsentStorageOptions = {},
): ConsentStorage {
  const { keyPrefix = '' } = options;
  let state = consent;
  let memory = createMemoryStorage();
  // Keys deleted while in memory: deleted from the persistent storage too once granted.
  let deleted = new Set<string>();
  // The storage the calls go to; it changes only once a switch has finished.
  let target: KeyValueStorage = state === 'granted' ? persistent : memory;
  let switching: Promise<void> = Promise.resolve();

  const flush = async (): Promise<void> => {
    for (const key of deleted) await persistent.delete(key);
    for (const key of await memory.keys('')) await persistent.set(key, await memory.get(key));
    memory = createMemoryStorage();
    deleted = new Set();
    target = persistent;
  };

  const keepInMemory = async (erase: boolean): Promise<void> => {
    const kept = createMemoryStorage();
    for (const key of await persistent.keys(keyPrefix)) {
      await kept.set(key, await persistent.get(key));
      if (erase) await persistent.delete(key);
    }
    memory = kept;
    target = memory;
  };

  const storage: KeyValueStorage = {
    async get<T>(key: string) {
      await switching;
      return target.get<T>(key);
    },
    async set(key, value) {
      await switching;
      if (target === memory) deleted.delete(key);
      return target.set(key, value);
    },
    async delete(key) {
      await switching;
      if (target === memory) deleted.add(key);
      return target.delete(key);
    },
    async keys(prefix) {
      await switching;
      return target.keys(prefix);
    },
  };

  return {
    storage,
    consent: () => state,
    setConsent(next) {
      const previous = state;
      state = next;
      switching = switching.then(async () => {
        try {
          if (next === 'granted' && previous !== 'granted') await flush();
          else if (next !== 'granted' && previous === 'granted') await keepInMemory(next === 'denied');
        } catch {
          // A persistent storage that fails is not the visitor's problem: what is in memory stays usable.
        }
      });
      return switching;
    },
  };
}
