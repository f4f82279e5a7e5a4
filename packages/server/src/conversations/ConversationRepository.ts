import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryConversationRepository} and
 * {@link createSqliteConversationRepository}.
 * @internal
 */
export interface ConversationRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
  /** Moves everything of one contact to another (a visitor who identified as a known user). */
  reassignContact(fromContactId: string, toContactId: string): Promise<void>;
}
