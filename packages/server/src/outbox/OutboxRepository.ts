import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryOutboxRepository} and
 * {@link createSqliteOutboxRepository}.
 * @internal
 */
export interface OutboxRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
}
