import type { OutboxRepository } from './OutboxRepository';

/** This domain's storage in plain objects; runs in browsers. @internal */
export function createMemoryOutboxRepository(): OutboxRepository {
  return {
    async seed() {},
  };
}
