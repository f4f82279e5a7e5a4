import {
  Article,
  type ArticleSummary,
  ArticleSummaryPage,
  CollectionList,
  SearchResponse,
  type SearchResult,
  SuggestResponse,
} from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import type { ScenarioContext } from '../runner/ScenarioContext';
import { highlightProblems } from './support/highlights';

type Query = Readonly<Record<string, string | number | undefined>>;

function kbGet(ctx: ScenarioContext, path: string, query: Query = {}) {
  return ctx.request('GET', path, { query: { widgetKey: ctx.target.widgetKey, ...query } });
}

/** Every article summary of the help centre in a locale, reading at most `max` of them. */
async function listArticles(
  ctx: ScenarioContext,
  locale: string | undefined,
  max = 200,
): Promise<ArticleSummary[]> {
  const collections = ctx.expectJson(await kbGet(ctx, '/v1/kb/collections', { locale }), 200, CollectionList);
  const articles: ArticleSummary[] = [];
  for (const collection of collections.data) {
    let cursor: string | undefined;
    do {
      const path = `/v1/kb/collections/${encodeURIComponent(collection.id)}/articles`;
      const page = ctx.expectJson(
        await kbGet(ctx, path, { locale, cursor, limit: 50 }),
        200,
        ArticleSummaryPage,
      );
      articles.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && articles.length < max);
    if (articles.length >= max) break;
  }
  return articles;
}

/** The longest word of a title, as a query that must find that article. */
function queryWordOf(title: string): string | undefined {
  const words = title.match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  return words.sort((a, b) => b.length - a.length)[0];
}

/** The first article of the help centre with a searchable title word, in the widget's default locale. */
async function sampleArticle(ctx: ScenarioContext): Promise<{ article: ArticleSummary; word: string }> {
  const locale = ctx.config?.locale;
  for (const article of await listArticles(ctx, locale, 50)) {
    const word = queryWordOf(article.title);
    if (word !== undefined && /^[\p{Script=Latin}\p{N}]+$/u.test(word)) return { article, word };
  }
  return ctx.skip('the help centre has no article with a Latin-script title word to search for');
}

function checkHighlights(
  ctx: ScenarioContext,
  hits: readonly SearchResult[],
  terms: readonly string[],
): void {
  for (const hit of hits) {
    const problems = [
      ...highlightProblems(hit.article.title, hit.titleHighlights, terms),
      ...highlightProblems(hit.snippet.text, hit.snippet.highlights, terms),
    ];
    ctx.check(problems.length === 0, `The highlights of ${hit.article.id} do not point at the query.`, {
      expected: `ranges over "${terms.join(' ')}"`,
      actual: problems.slice(0, 3).join('; '),
    });
  }
}

// Two-character queries in Chinese: a word tokenizer finds nothing in text without spaces.
const CJK_QUERIES = [
  { q: '密碼', locale: 'zh-Hant' },
  { q: '退款', locale: 'zh-Hans' },
] as const;

/** The help centre: collections, articles, search, suggestions, feedback. @internal */
export const knowledgeBaseScenarios: readonly Scenario[] = [
  {
    id: 'knowledgeBase.collections',
    area: 'knowledgeBase',
    title: 'Collections are listed publicly, and an unknown widget key is 404 widget_not_found',
    requires: 'knowledgeBase',
    covers: ['GET /v1/kb/collections'],
    async run(ctx) {
      const list = ctx.expectJson(await kbGet(ctx, '/v1/kb/collections'), 200, CollectionList);
      const ids = new Set(list.data.map((collection) => collection.id));
      ctx.check(ids.size === list.data.length, 'A collection is listed twice.');
      const unknown = await ctx.request('GET', '/v1/kb/collections', {
        query: { widgetKey: ctx.unique('wk_missing') },
      });
      ctx.expectProblem(unknown, 404, 'widget_not_found');
    },
  },
  {
    id: 'knowledgeBase.collectionArticles',
    area: 'knowledgeBase',
    title: 'A collection lists its articleCount articles, page by page with limit and cursor',
    requires: 'knowledgeBase',
    covers: ['GET /v1/kb/collections', 'GET /v1/kb/collections/{}/articles'],
    async run(ctx) {
      const list = ctx.expectJson(await kbGet(ctx, '/v1/kb/collections'), 200, CollectionList);
      const collection = list.data.find((item) => item.articleCount >= 2) ?? list.data[0];
      if (collection === undefined) return ctx.skip('the help centre has no collection');
      const path = `/v1/kb/collections/${encodeURIComponent(collection.id)}/articles`;
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 60; page += 1) {
        const result = await kbGet(ctx, path, { limit: 1, cursor, locale: collection.locale });
        const body = ctx.expectJson(result, 200, ArticleSummaryPage);
        ctx.check(body.data.length <= 1, 'limit=1 returned more than one article.', {
          actual: `${body.data.length} articles`,
        });
        for (const article of body.data) {
          ctx.check(article.collectionId === collection.id, `${article.id} belongs to another collection.`, {
            expected: `collectionId ${collection.id}`,
            actual: `collectionId ${article.collectionId}`,
          });
          seen.push(article.id);
        }
        cursor = body.nextCursor ?? undefined;
        if (cursor === undefined) break;
      }
      ctx.check(new Set(seen).size === seen.length, 'Paging listed an article twice.', {
        actual: seen.join(', '),
      });
      ctx.check(seen.length === collection.articleCount, 'Paging did not list articleCount articles.', {
        expected: `${collection.articleCount} articles`,
        actual: `${seen.length} articles`,
      });
      const unknown = await kbGet(ctx, `/v1/kb/collections/${ctx.unique('col_missing')}/articles`);
      ctx.expectProblem(unknown, 404, 'collection_not_found');
      const forged = await kbGet(ctx, path, { cursor: 'not-a-cursor' });
      ctx.expectProblem(forged, 400, 'invalid_cursor');
    },
  },
  {
    id: 'knowledgeBase.article',
    area: 'knowledgeBase',
    title: 'An article matches Article, carries an ETag with 304, and an unknown id is 404 article_not_found',
    requires: 'knowledgeBase',
    covers: ['GET /v1/kb/articles/{}'],
    async run(ctx) {
      const [summary] = await listArticles(ctx, ctx.config?.locale, 1);
      if (summary === undefined) return ctx.skip('the help centre has no article');
      const path = `/v1/kb/articles/${encodeURIComponent(summary.id)}`;
      const result = await kbGet(ctx, path, { locale: summary.locale });
      const article = ctx.expectJson(result, 200, Article);
      ctx.check(
        article.id === summary.id && article.title === summary.title,
        'The article differs from its summary.',
        {
          expected: `${summary.id} "${summary.title}"`,
          actual: `${article.id} "${article.title}"`,
        },
      );
      ctx.check(
        article.availableLocales.includes(article.locale),
        'availableLocales lacks the article locale.',
        {
          actual: `locale ${article.locale}, availableLocales ${article.availableLocales.join(', ')}`,
        },
      );
      const etag = result.headers.get('ETag');
      if (etag === null)
        return ctx.fail('The article has no ETag header.', { expected: 'ETag', actual: 'none' });
      const cached = await ctx.request('GET', path, {
        query: { widgetKey: ctx.target.widgetKey, locale: summary.locale },
        headers: { 'If-None-Match': etag },
      });
      ctx.expectStatus(cached, 304);
      const unknown = await kbGet(ctx, `/v1/kb/articles/${ctx.unique('art_missing')}`);
      ctx.expectProblem(unknown, 404, 'article_not_found');
    },
  },
  {
    id: 'knowledgeBase.searchEnglish',
    area: 'knowledgeBase',
    title: 'Search finds an article by a word of its title, with highlights on the query',
    requires: 'knowledgeBase',
    covers: ['GET /v1/kb/search'],
    async run(ctx) {
      const { article, word } = await sampleArticle(ctx);
      const hits: SearchResult[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 5; page += 1) {
        const result = await kbGet(ctx, '/v1/kb/search', {
          q: word,
          locale: article.locale,
          limit: 50,
          cursor,
        });
        const body = ctx.expectJson(result, 200, SearchResponse);
        hits.push(...body.data);
        ctx.check(body.total >= hits.length, '`total` is smaller than the hits returned.', {
          actual: `total ${body.total}, ${hits.length} hits`,
        });
        cursor = body.nextCursor ?? undefined;
        if (cursor === undefined || hits.some((hit) => hit.article.id === article.id)) break;
      }
      ctx.check(
        hits.some((hit) => hit.article.id === article.id),
        `Searching "${word}" did not find "${article.title}" (${article.id}).`,
        {
          expected: `a hit for ${article.id}`,
          actual: hits.map((hit) => hit.article.id).join(', ') || 'no hits',
        },
      );
      for (let index = 1; index < hits.length; index += 1) {
        const [previous, current] = [hits[index - 1], hits[index]];
        if (previous !== undefined && current !== undefined && current.score > previous.score) {
          ctx.fail('Hits are not sorted best first.', {
            actual: `${previous.article.id} (${previous.score}) before ${current.article.id} (${current.score})`,
          });
        }
      }
      checkHighlights(ctx, hits, [word]);
    },
  },
  {
    id: 'knowledgeBase.searchChinese',
    area: 'knowledgeBase',
    title: 'Two-character Chinese searches (密碼, 退款) find exactly the articles that contain them',
    requires: 'knowledgeBase',
    covers: ['GET /v1/kb/search', 'GET /v1/kb/articles/{}'],
    timeoutMs: 30_000,
    async run(ctx) {
      const available = ctx.config?.availableLocales ?? [];
      const queries = CJK_QUERIES.filter(({ locale }) => available.includes(locale));
      if (queries.length === 0) return ctx.skip('the widget has no zh-Hant or zh-Hans locale');
      for (const { q, locale } of queries) {
        const result = await kbGet(ctx, '/v1/kb/search', { q, locale, limit: 50 });
        const body = ctx.expectJson(result, 200, SearchResponse);
        for (const hit of body.data) {
          ctx.check(
            hit.article.locale === locale,
            `A ${locale} search returned a ${hit.article.locale} article.`,
            {
              request: result.request,
              actual: hit.article.id,
            },
          );
          const article = ctx.expectJson(
            await kbGet(ctx, `/v1/kb/articles/${encodeURIComponent(hit.article.id)}`, { locale }),
            200,
            Article,
          );
          ctx.check(
            article.title.includes(q) || article.body.includes(q),
            `Searching "${q}" returned ${article.id}, which does not contain it.`,
            {
              request: result.request,
              expected: `only articles containing "${q}"`,
              actual: `"${article.title}"`,
            },
          );
        }
        checkHighlights(ctx, body.data, [q]);
        ctx.check(
          body.data.length === 0 ||
            body.data.some((hit) => hit.titleHighlights.length + hit.snippet.highlights.length > 0),
          `No hit for "${q}" highlights anything.`,
          { request: result.request },
        );
        // Recall, when the help centre is small enough to read whole: every article containing it is found.
        if (body.nextCursor === null) {
          const all = await listArticles(ctx, locale, 120);
          if (all.length < 120) {
            const found = new Set(body.data.map((hit) => hit.article.id));
            for (const summary of all.filter((item) => item.locale === locale && !found.has(item.id))) {
              const article = ctx.expectJson(
                await kbGet(ctx, `/v1/kb/articles/${encodeURIComponent(summary.id)}`, { locale }),
                200,
                Article,
              );
              ctx.check(
                article.locale !== locale || !(article.title.includes(q) || article.body.includes(q)),
                `Searching "${q}" missed ${article.id}, which contains it.`,
                {
                  request: result.request,
                  expected: `a hit for ${article.id}`,
                  actual: `${body.data.length} hits`,
                },
              );
            }
          }
        }
      }
    },
  },
  {
    id: 'knowledgeBase.searchPaging',
    area: 'knowledgeBase',
    title: 'Search pages with limit and nextCursor, and refuses a forged cursor and an empty query',
    requires: 'knowledgeBase',
    covers: ['GET /v1/kb/search'],
    async run(ctx) {
      const { article, word } = await sampleArticle(ctx);
      const first = ctx.expectJson(
        await kbGet(ctx, '/v1/kb/search', { q: word, locale: article.locale, limit: 1 }),
        200,
        SearchResponse,
      );
      ctx.check(first.data.length === 1, 'limit=1 did not return exactly one hit.', {
        actual: `${first.data.length} hits`,
      });
      if (first.total > 1) {
        if (first.nextCursor === null)
          return ctx.fail('More hits than the page holds, but nextCursor is null.');
        const second = ctx.expectJson(
          await kbGet(ctx, '/v1/kb/search', {
            q: word,
            locale: article.locale,
            limit: 1,
            cursor: first.nextCursor,
          }),
          200,
          SearchResponse,
        );
        ctx.check(
          second.data[0]?.article.id !== first.data[0]?.article.id,
          'The second page repeats the first.',
        );
      }
      ctx.expectProblem(
        await kbGet(ctx, '/v1/kb/search', { q: word, cursor: 'not-a-cursor' }),
        400,
        'invalid_cursor',
      );
      ctx.expectStatus(await kbGet(ctx, '/v1/kb/search'), 400);
    },
  },
  {
    id: 'knowledgeBase.suggest',
    area: 'knowledgeBase',
    title: 'Suggest answers for a query and for a page URL, and needs exactly one of them',
    requires: 'knowledgeBase',
    covers: ['GET /v1/kb/suggest'],
    async run(ctx) {
      const { article, word } = await sampleArticle(ctx);
      const byQuery = ctx.expectJson(
        await kbGet(ctx, '/v1/kb/suggest', { q: word, locale: article.locale }),
        200,
        SuggestResponse,
      );
      ctx.check(byQuery.data.length <= 5, 'Suggest returned more than 5 articles.', {
        actual: `${byQuery.data.length}`,
      });
      ctx.check(byQuery.data.length > 0, `Suggest found nothing for "${word}", which search finds.`);
      ctx.expectJson(
        await kbGet(ctx, '/v1/kb/suggest', { pageUrl: 'https://example.com/pricing' }),
        200,
        SuggestResponse,
      );
      ctx.expectJson(
        await kbGet(ctx, '/v1/kb/suggest', { pageUrl: '/settings/security' }),
        200,
        SuggestResponse,
      );
      ctx.expectStatus(await kbGet(ctx, '/v1/kb/suggest'), 400);
      ctx.expectStatus(await kbGet(ctx, '/v1/kb/suggest', { q: word, pageUrl: '/pricing' }), 400);
    },
  },
  {
    id: 'knowledgeBase.feedback',
    area: 'knowledgeBase',
    title: 'Article feedback is 204 (and may be given again), needs a session, 404 for an unknown article',
    requires: 'knowledgeBase',
    covers: ['POST /v1/kb/articles/{}/feedback'],
    async run(ctx) {
      const [summary] = await listArticles(ctx, ctx.config?.locale, 1);
      if (summary === undefined) return ctx.skip('the help centre has no article');
      const path = `/v1/kb/articles/${encodeURIComponent(summary.id)}/feedback`;
      const anonymous = await ctx.request('POST', path, { body: { helpful: true } });
      ctx.expectProblem(anonymous, 401, 'unauthorized');
      const session = await ctx.session();
      ctx.expectStatus(
        await ctx.request('POST', path, { token: session.token, body: { helpful: true } }),
        204,
      );
      const again = await ctx.request('POST', path, {
        token: session.token,
        body: { helpful: false, comment: 'Conformance check: voting again replaces the vote.' },
      });
      ctx.expectStatus(again, 204);
      const unknown = await ctx.request('POST', `/v1/kb/articles/${ctx.unique('art_missing')}/feedback`, {
        token: session.token,
        body: { helpful: true },
      });
      ctx.expectProblem(unknown, 404, 'article_not_found');
      const invalid = await ctx.request('POST', path, { token: session.token, body: { helpful: 'yes' } });
      ctx.expectProblem(invalid, 422, 'validation_failed');
    },
  },
];
