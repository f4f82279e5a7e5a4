import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryTicketRepository} and
 * {@link createSqliteTicketRepository}.
 * @internal
 */
export interface TicketRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
  /** Moves everything of one contact to another (a visitor who identified as a known user). */
  reassignContact(fromContactId: string, toContactId: string): Promise<void>;
}
