import type { EventLogRepository } from './EventLogRepository';

/** This domain's storage in plain objects; runs in browsers. @internal */
export function createMemoryEventLogRepository(): EventLogRepository {
  return {
    async seed() {},
  };
}
