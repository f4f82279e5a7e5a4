import type { IdempotencyRecord, IdempotencyRepository } from './IdempotencyRepository';

/** Idempotency records in a map. @internal */
export function createMemoryIdempotencyRepository(): IdempotencyRepository {
  const records = new Map<string, IdempotencyRecord>();
  const id = (scope: string, key: string) => `${scope}\u0000${key}`;
  return {
    async find(scope, key) {
      const record = records.get(id(scope, key));
      return record === undefined ? undefined : structuredClone(record);
    },
    async save(record) {
      records.set(id(record.scope, record.key), structuredClone(record));
    },
    async deleteOlderThan(before) {
      for (const [name, record] of records) if (record.createdAt < before) records.delete(name);
    },
  };
}
