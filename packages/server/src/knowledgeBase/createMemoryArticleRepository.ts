import type { ArticleRepository } from './ArticleRepository';

/** This domain's storage in plain objects; runs in browsers. @internal */
export function createMemoryArticleRepository(): ArticleRepository {
  return {
    async seed() {},
  };
}
