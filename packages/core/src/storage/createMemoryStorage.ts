import { ParleyError } from '../errors/ParleyError';
import type { KeyValueStorage } from './KeyValueStorage';

/**
 * A {@link KeyValueStorage} that lives only as long as the page: for tests, for a visitor who did not
 * consent to storage, and as the fallback where IndexedDB is unavailable. Values are cloned when stored and
 * when read, as IndexedDB does, so mutating an object never changes what is stored.
 *
 * @param initial entries to start with (cloned).
 * @example
 * ```ts
 * const client = createClient({ baseUrl, widgetKey, storage: createMemoryStorage() });
 * ```
 */
export function createMemoryStorage(initial?: Iterable<readonly [string, unknown]>): KeyValueStorage {
  const entries = new Map<string, unknown>();
  for (const [key, value] of initial ?? []) entries.set(key, cloneValue(value));
  // Async functions: a value that cannot be cloned rejects instead of throwing at the call.
  return {
    get: async <T>(key: string) => cloneValue(entries.get(key) as T | undefined),
    async set(key, value) {
      entries.set(key, cloneValue(value));
    },
    async delete(key) {
      entries.delete(key);
    },
    keys: async (prefix) => [...entries.keys()].filter((key) => key.startsWith(prefix)),
  };
}

/**
 * A structured clone of `value` (what IndexedDB would store), so that nobody can change stored data by
 * mutating an object after handing it over or after reading it.
 * @throws {ParleyError} `invalid_request` when the value cannot be cloned (a function, a DOM node...).
 */
function cloneValue<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (cause) {
    throw new ParleyError('invalid_request', 'Value is not cloneable.', { cause });
  }
}
