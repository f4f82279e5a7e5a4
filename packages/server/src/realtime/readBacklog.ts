import type { RealtimeEvent, ResetEvent } from '@parley/contract';
import type { EventLogRepository } from './EventLogRepository';

/** What a client that last saw an id gets: the events after it, or a `reset` when they cannot be replayed. @internal */
export type Backlog = { kind: 'events'; events: RealtimeEvent[] } | { kind: 'reset'; event: ResetEvent };

const EVENT_ID = /^\d{1,20}$/;

/** Whether a `Last-Event-ID` or `after` value has the form of an event id (a decimal integer). @internal */
export function isEventIdText(value: string): boolean {
  return EVENT_ID.test(value);
}

/**
 * Reads up to `limit` events of `audience` after `lastEventId`, or the `reset` event the client must get
 * instead: `unknown_id` when the id is not a number or beyond the newest id ever assigned, `too_old` when
 * events after it have been trimmed from the log. The reset carries the newest id, to continue from.
 * @internal
 */
export async function readBacklog(
  log: EventLogRepository,
  audience: string,
  lastEventId: string,
  limit: number,
): Promise<Backlog> {
  const latest = await log.latestId();
  const afterId = isEventIdText(lastEventId) ? Number(lastEventId) : Number.NaN;
  if (!(afterId <= latest)) return reset('unknown_id', latest);
  const events = await log.after(audience, afterId, limit);
  // Checked after reading: a trim that ran before the read shows here, so no gap can pass unnoticed.
  const oldest = await log.oldestId();
  if (afterId + 1 < (oldest ?? (await log.latestId()) + 1)) return reset('too_old', await log.latestId());
  return { kind: 'events', events };
}

function reset(reason: ResetEvent['data']['reason'], latestId: number): Backlog {
  return { kind: 'reset', event: { id: String(latestId), type: 'reset', data: { reason } } };
}
