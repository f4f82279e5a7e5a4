import { promisifyRequest } from 'idb-keyval';
import { createMemoryStorage } from './createMemoryStorage';
import type { KeyValueStorage } from './KeyValueStorage';

/**
 * How long opening the database, or one operation, may take before the storage gives up on IndexedDB for the
 * rest of the page's life (Safari has been known to leave an open pending forever).
 */
const TIMEOUT_MS = 3000;

/** The one object store of each database. */
const STORE = 'keyval';

/**
 * The default {@link KeyValueStorage}: IndexedDB, so the outbox and the session survive a reload. Where
 * IndexedDB is missing or unusable (blocked storage, private modes, an open that never finishes, an operation
 * that fails later) it falls back to memory for the rest of the page's life, keeping everything written so far
 * in this page. It never rejects because of IndexedDB.
 *
 * One database per widget, `parley-<widgetKey>` (object store `keyval`), keeps widgets apart. Nothing
 * happens until the first call: `indexedDB` is looked up then. Only a write creates the database: reading
 * (or deleting) before anything was ever stored leaves the device as it was, so a page that merely shows
 * the widget writes nothing to the visitor's device.
 *
 * @example
 * ```ts
 * const storage = createIndexedDbStorage('wk_live_123');
 * ```
 */
export function createIndexedDbStorage(widgetKey: string): KeyValueStorage {
  const name = `parley-${widgetKey}`;
  // Every write of this page, also kept in memory: what remains readable if IndexedDB breaks later.
  const memory = createMemoryStorage();
  let broken = false;
  // The open connection, once the database is known to exist (found by a read, or created by a write).
  let database: Promise<IDBDatabase> | undefined;

  /**
   * The database, opened once. With `create` false, a database that does not exist yet is not created:
   * opening it starts its creation (an upgrade from version 0), which is aborted, and that leaves no
   * database behind. The answer is then `undefined`, and the next call looks again (another tab may have
   * created it meanwhile).
   */
  const open = (create: boolean): Promise<IDBDatabase | undefined> => {
    if (database) return database;
    let absent = false;
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      if (create) request.result.createObjectStore(STORE);
      else {
        absent = true;
        request.transaction?.abort();
      }
    };
    const opened = promisifyRequest(request);
    if (create) {
      database = opened;
      return opened;
    }
    return opened.then(
      (connection) => {
        // A write may have opened one meanwhile: keep a single connection.
        if (database) connection.close();
        else database = Promise.resolve(connection);
        return database;
      },
      (error: unknown) => {
        if (absent) return undefined;
        throw error;
      },
    );
  };

  /**
   * Runs one request on IndexedDB while it works (a write resolves when its transaction is done), and
   * `fallback` from the first failure on, and also while the database does not exist for a read.
   */
  const run = async <T>(
    write: 'create' | 'existing' | false,
    request: (objects: IDBObjectStore) => IDBRequest<T> | IDBTransaction,
    fallback?: () => Promise<T>,
  ): Promise<T | undefined> => {
    if (!broken) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const done = open(write === 'create').then((connection) =>
          connection
            ? promisifyRequest<T>(
                request(connection.transaction(STORE, write ? 'readwrite' : 'readonly').objectStore(STORE)),
              )
            : fallback?.(),
        );
        return await Promise.race([
          done,
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
      await run('create', (objects) => objects.put(value, key).transaction!);
    },
    // Nothing to delete from a database that does not exist: it is not created for that.
    async delete(key) {
      await memory.delete(key);
      await run('existing', (objects) => objects.delete(key).transaction!);
    },
    async keys(prefix) {
      // Only this storage writes to its database: every key is a string.
      const keys = await run(false, (objects) => objects.getAllKeys() as IDBRequest<string[]>);
      return keys?.filter((key) => key.startsWith(prefix)) ?? memory.keys(prefix);
    },
  };
}
