import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryTicketRepository} and
 * {@link createSqliteTicketRepository}.
 * @internal
 */
export interface TicketRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
}
