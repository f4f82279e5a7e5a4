import { Article, ArticleSummary, Collection, SearchResponse } from '@parley/contract';
import type { ClientScenario } from '../../client/ClientScenario';
import { highlightProblems } from '../support/highlights';
import { firstArticle } from './support/firstArticle';

/** The help centre through the client. @internal */
export const clientArticleScenarios: readonly ClientScenario[] = [
  {
    id: 'client.articleSearch',
    title:
      'Search finds an article of a collection by a word of its title, with highlights; suggest answers too',
    requires: 'knowledgeBase',
    uses: ['articles.collections', 'articles.collectionArticles', 'articles.search', 'articles.suggest'],
    async run(ctx) {
      const client = ctx.client();
      for (const collection of await client.articles.collections())
        ctx.expectSchema(Collection, collection, 'A collection');
      const { article, word } = await firstArticle(ctx, client);
      const results = ctx.expectSchema(
        SearchResponse,
        await client.articles.search(word, { locale: article.locale, limit: 50 }),
        'The search results',
      );
      const hit = results.data.find((item) => item.article.id === article.id);
      if (hit === undefined) {
        return ctx.fail(`Searching "${word}" did not find "${article.title}" (${article.id}).`, {
          expected: `a hit for ${article.id}`,
          actual: results.data.map((item) => item.article.id).join(', ') || 'no hits',
        });
      }
      const problems = [
        ...highlightProblems(hit.article.title, hit.titleHighlights, [word]),
        ...highlightProblems(hit.snippet.text, hit.snippet.highlights, [word]),
      ];
      ctx.check(problems.length === 0, `The highlights of ${article.id} do not point at the query.`, {
        actual: problems.slice(0, 3).join('; '),
      });
      ctx.check(
        hit.titleHighlights.length + hit.snippet.highlights.length > 0,
        `The hit for "${word}" highlights nothing.`,
      );
      const suggested = await client.articles.suggest({ query: word }, { locale: article.locale });
      for (const item of suggested) ctx.expectSchema(ArticleSummary, item, 'A suggested article');
      ctx.check(
        suggested.length > 0 && suggested.length <= 5,
        `Suggest gave ${suggested.length} articles for "${word}", which search finds.`,
        {
          expected: '1 to 5 articles',
        },
      );
    },
  },
  {
    id: 'client.articleRead',
    title:
      'An article read twice comes the second time from the ETag cache; feedback is taken; an unknown id is not_found',
    requires: 'knowledgeBase',
    uses: ['articles.collections', 'articles.collectionArticles', 'articles.get', 'articles.feedback'],
    async run(ctx) {
      const client = ctx.client();
      const { article: summary } = await firstArticle(ctx, client);
      const first = ctx.expectSchema(
        Article,
        await client.articles.get(summary.id, { locale: summary.locale }),
        'The article',
      );
      ctx.check(
        first.id === summary.id && first.title === summary.title,
        'The article differs from its summary.',
        {
          expected: `${summary.id} "${summary.title}"`,
          actual: `${first.id} "${first.title}"`,
        },
      );
      const second = await client.articles.get(summary.id, { locale: summary.locale });
      ctx.check(
        second === first,
        'The second read was not answered from the cache: the backend did not say the article was unchanged (ETag).',
        { expected: 'not modified (the kept article)', actual: 'a fresh copy of the article' },
      );
      await client.articles.feedback(summary.id, { helpful: true, comment: 'Clear and short.' });
      await ctx.expectError(
        client.articles.get(`art_${ctx.unique('missing')}`),
        'not_found',
        'Reading an unknown article',
      );
    },
  },
];
