import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryAttachmentRepository} and
 * {@link createSqliteAttachmentRepository}.
 * @internal
 */
export interface AttachmentRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
}
