import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryConversationRepository} and
 * {@link createSqliteConversationRepository}.
 * @internal
 */
export interface ConversationRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
}
