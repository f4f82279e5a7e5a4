import type { SeedContent } from '../seed/SeedContent';

/**
 * Storage of this domain. Implementations: {@link createMemoryArticleRepository} and
 * {@link createSqliteArticleRepository}.
 * @internal
 */
export interface ArticleRepository {
  /** Writes the domain's part of seed content. */
  seed(content: SeedContent): Promise<void>;
}
