import type { ArticleSearchHit } from './ArticleRepository';
import { buildSnippet } from './search/buildSnippet';

/** What {@link ArticleRepository.search} answers per hit: enough for a bot's article card. @internal */
export interface SuggestedArticle {
  articleId: string;
  title: string;
  /** The part of the body around the matches; `null` when the body has no text. */
  snippet: string | null;
}

/** Turns search hits into article cards with a snippet around what matched. @internal */
export function toSuggestedArticles(hits: readonly ArticleSearchHit[], query: string): SuggestedArticle[] {
  return hits.map(({ article }) => ({
    articleId: article.id,
    title: article.title,
    snippet: article.plainText === '' ? null : buildSnippet(article.plainText, query).text,
  }));
}
