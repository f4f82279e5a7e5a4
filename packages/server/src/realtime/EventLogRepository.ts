import type { RealtimeEvent } from '@parley/contract';
import type { SeedContent } from '../seed/SeedContent';
import type { NewRealtimeEvent } from './EventPublisher';

/**
 * The persisted realtime event log: every published event with a strictly increasing integer id, so that a
 * client can resume after the last id it saw. Only the newest events are kept ({@link trim}).
 *
 * Audiences are strings here: `'team'` (the agent inbox) or a contact id. Ids are numbers here and strings
 * (`"42"`) in events and over HTTP.
 *
 * Implementations: {@link createMemoryEventLogRepository} and {@link createSqliteEventLogRepository}.
 * @internal
 */
export interface EventLogRepository {
  /** Writes the domain's part of seed content (the log starts empty: nothing to write). */
  seed(content: SeedContent): Promise<void>;
  /**
   * Appends an event and assigns it the next id, greater than every id ever assigned (also after
   * {@link trim}). Appends resolve in the order they were called, so listeners woken in that order see
   * increasing ids.
   * @param createdAt - Epoch milliseconds.
   * @returns the stored event, with its id.
   */
  append(
    widgetKey: string,
    audience: string,
    event: NewRealtimeEvent,
    createdAt: number,
  ): Promise<RealtimeEvent>;
  /** Up to `limit` events of the audience with an id greater than `afterId`, oldest first. */
  after(audience: string, afterId: number, limit: number): Promise<RealtimeEvent[]>;
  /** The id of the oldest event still kept, or `undefined` when the log holds none. */
  oldestId(): Promise<number | undefined>;
  /** The highest id ever assigned (even if trimmed since), `0` before the first event. */
  latestId(): Promise<number>;
  /** Deletes all but the newest `keep` events. */
  trim(keep: number): Promise<void>;
}
