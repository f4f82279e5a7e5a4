import type { RealtimeEvent } from '@parley/contract';
import type { EventLogRepository } from './EventLogRepository';

interface Entry {
  id: number;
  widgetKey: string;
  audience: string;
  event: RealtimeEvent;
  createdAt: number;
}

/** The event log in an array ordered by id, with a counter for ids; runs in browsers. @internal */
export function createMemoryEventLogRepository(): EventLogRepository {
  const entries: Entry[] = [];
  let lastId = 0;

  /** Index of the first entry with an id greater than `afterId` (binary search: ids are sorted). */
  const firstAfter = (afterId: number): number => {
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((entries[middle] as Entry).id <= afterId) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return {
    async seed() {},
    async append(widgetKey, audience, event, createdAt) {
      lastId += 1;
      const stored = { id: String(lastId), ...structuredClone(event) } as RealtimeEvent;
      entries.push({ id: lastId, widgetKey, audience, event: stored, createdAt });
      return structuredClone(stored);
    },
    async after(audience, afterId, limit) {
      const found: RealtimeEvent[] = [];
      for (let index = firstAfter(afterId); index < entries.length && found.length < limit; index += 1) {
        const entry = entries[index] as Entry;
        if (entry.audience === audience) found.push(structuredClone(entry.event));
      }
      return found;
    },
    async oldestId() {
      return entries[0]?.id;
    },
    async latestId() {
      return lastId;
    },
    async trim(keep) {
      const excess = entries.length - Math.max(0, keep);
      if (excess > 0) entries.splice(0, excess);
    },
  };
}
