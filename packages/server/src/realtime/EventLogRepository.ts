import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryEventLogRepository} and
 * {@link createSqliteEventLogRepository}.
 * @internal
 */
export interface EventLogRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
}
