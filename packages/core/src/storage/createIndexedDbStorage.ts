import { createStore, promisifyRequest } from 'idb-keyval';
import { createMemoryStorage } from './createMemoryStorage';
import type { KeyValueStorage } from './KeyValueStorage';

/**
 * How long opening the database, or one operation, may take before the storage gives up on IndexedDB for the
 * rest of the page's life (Safari has been known to leave an open pending forever).
 */
const TIMEOUT_MS = 3000;

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
export function createIndexedDbStorage(widgetKey: string): KeyValueStorage {
  // idb-keyval opens the database at the first operation, not here.
  const store = createStore(`parley-${widgetKey}`, 'keyval');
  // Every write of this page, also kept in memory: what remains readable if IndexedDB breaks later.
  const memory = createMemoryStorage();
  let broken = false;

  /**
   * Runs one request on IndexedDB while it works (a write resolves when its transaction is done), and
   * `fallback` from the first failure on.
   */
  const run = async <T>(
    write: boolean,
    request: (objects: IDBObjectStore) => IDBRequest<T> | IDBTransaction,
    fallback?: () => Promise<T>,
  ): Promise<T | undefined> => {
    if (!broken) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        return await Promise.race([
          store(write ? 'readwrite' : 'readonly', (objects) => promisifyRequest<T>(request(objects))),
          new Promise<never>((_resolve, reject) => {
            timer = setTimeout(reject, TIMEOUT_MS);
          }),
        ]);
      } catch {
        broken = true;
      } finally {
        clearTimeout(timer);
      }
    }
    return fallback?.();
  };

  return {
    get: <T>(key: string) =>
      run<T | undefined>(
        false,
        (objects) => objects.get(key),
        () => memory.get<T>(key),
      ),
    // Memory first: it also rejects a value that cannot be cloned, before IndexedDB is touched.
    async set(key, value) {
      await memory.set(key, value);
      await run(true, (objects) => objects.put(value, key).transaction!);
    },
    async delete(key) {
      await memory.delete(key);
      await run(true, (objects) => objects.delete(key).transaction!);
    },
    async keys(prefix) {
      // Only this storage writes to its database: every key is a string.
      const keys = await run(false, (objects) => objects.getAllKeys() as IDBRequest<string[]>);
      return keys?.filter((key) => key.startsWith(prefix)) ?? memory.keys(prefix);
    },
  };
}
