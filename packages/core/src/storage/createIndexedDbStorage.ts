import { createStore, del, get, keys, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { createMemoryStorage } from './createMemoryStorage';
import type { KeyValueStorage } from './KeyValueStorage';

/** Options of {@link createIndexedDbStorage}. */
export interface IndexedDbStorageOptions {
  /**
   * How long opening the database, or one operation, may take before the storage gives up on IndexedDB
   * for the rest of the page's life (Safari has been known to leave an open pending forever).
   * @default 3000
   */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 3000;

/**
 * The default {@link KeyValueStorage}: IndexedDB through idb-keyval, so the outbox and the session survive
 * a reload. Where IndexedDB is missing or unusable (blocked storage, private modes, an open that never
 * finishes, an operation that fails later) it falls back to memory for the rest of the page's life,
 * keeping everything written so far in this page. It never rejects because of IndexedDB.
 *
 * One database per widget, `parley-<widgetKey>` (object store `keyval`), keeps widgets apart. Nothing
 * happens until the first call: `indexedDB` is looked up then, and the database opened once.
 *
 * @example
 * ```ts
 * const storage = createIndexedDbStorage('wk_live_123');
 * ```
 */
export function createIndexedDbStorage(
  widgetKey: string,
  options: IndexedDbStorageOptions = {},
): KeyValueStorage {
  const { timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const databaseName = `parley-${widgetKey}`;
  // Every write of this page, also kept in memory: what remains readable if IndexedDB breaks later.
  const memory = createMemoryStorage();
  let opened: Promise<UseStore | undefined> | undefined;
  let broken = false;

  const open = (): Promise<UseStore | undefined> => {
    opened ??= withTimeout(async () => {
      if (typeof indexedDB === 'undefined') return undefined;
      const store = createStore(databaseName, 'keyval');
      // A first transaction proves that the database opens and can be read, not only that the API exists.
      await store('readonly', (objects) => promisifyRequest(objects.count()));
      return store;
    }, timeoutMs).catch(() => undefined);
    return opened;
  };

  /** Runs `operation` on IndexedDB while it works, and on memory from the first failure on. */
  const run = async <T>(
    operation: (store: UseStore) => Promise<T>,
    fallback: () => Promise<T>,
  ): Promise<T> => {
    const store = broken ? undefined : await open();
    if (store && !broken) {
      try {
        return await withTimeout(() => operation(store), timeoutMs);
      } catch {
        // Fall through to memory, for this call and every later one.
      }
    }
    broken = true;
    return fallback();
  };

  return {
    get: <T>(key: string) =>
      run(
        (store) => get<T>(key, store),
        () => memory.get<T>(key),
      ),
    async set(key, value) {
      // Memory first: it also rejects a value that cannot be cloned, before IndexedDB is touched.
      await memory.set(key, value);
      await run(
        (store) => set(key, value, store),
        async () => {},
      );
    },
    async delete(key) {
      await memory.delete(key);
      await run(
        (store) => del(key, store),
        async () => {},
      );
    },
    keys: (prefix) =>
      run(
        async (store) =>
          (await keys(store)).filter(
            (key): key is string => typeof key === 'string' && key.startsWith(prefix),
          ),
        () => memory.keys(prefix),
      ),
  };
}

/** Runs `start` and rejects when it throws or has not settled within `ms`. */
async function withTimeout<T>(start: () => Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      start(),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('IndexedDB did not answer in time.')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
