/**
 * Where the client keeps what must survive a reload: the session's resume token and the outbox of unsent
 * messages. Values are structured-cloneable data. The default is IndexedDB (through idb-keyval) with a
 * memory fallback; pass your own as `storage` in {@link createClient} (for example one over
 * `chrome.storage` in an extension, or a memory one for tests).
 */
export interface KeyValueStorage {
  /** The value stored under `key`, or `undefined`. */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores a structured-cloneable value under `key`. */
  set(key: string, value: unknown): Promise<void>;
  /** Removes `key` (nothing happens when it is absent). */
  delete(key: string): Promise<void>;
  /** Every key that starts with `prefix`. */
  keys(prefix: string): Promise<string[]>;
}
