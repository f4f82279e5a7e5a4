import type { ArticleSummary } from '@parley/contract';
import type { ParleyClient } from '@parley/core';
import type { ClientScenarioContext } from '../../../client/ClientScenarioContext';

/** The longest word of a title (letters and digits, at least 4, Latin script), as a query that finds it. */
function queryWordOf(title: string): string | undefined {
  const words = (title.match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((word) =>
    /^[\p{Script=Latin}\p{N}]+$/u.test(word),
  );
  return words.sort((a, b) => b.length - a.length)[0];
}

/**
 * The first article of the help centre, read through the client's collections, with a word of its title to
 * search for; skips the scenario when the help centre has none.
 * @internal
 */
export async function firstArticle(
  ctx: ClientScenarioContext,
  client: ParleyClient,
): Promise<{ article: ArticleSummary; word: string }> {
  const locale = ctx.config?.locale;
  const options = locale === undefined ? {} : { locale };
  for (const collection of await client.articles.collections(options)) {
    const page = await client.articles.collectionArticles(collection.id, { ...options, limit: 20 });
    for (const article of page.data) {
      const word = queryWordOf(article.title);
      if (word !== undefined) return { article, word };
    }
  }
  return ctx.skip('the help centre has no article with a Latin-script title word to search for');
}
