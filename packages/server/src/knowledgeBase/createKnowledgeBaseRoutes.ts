import {
  type Article,
  ArticleFeedbackRequest,
  type ArticleSummary,
  type ArticleSummaryPage,
  type Collection,
  type CollectionList,
  type SearchResponse,
  type SuggestResponse,
} from '@parley/contract';
import { type Context, Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { invalidCursor, invalidRequest } from '../http/badRequest';
import { jsonWithETag } from '../http/jsonWithETag';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { decodeCursor, encodeCursor } from '../http/pageCursor';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { readPageLimit } from '../http/readPageLimit';
import { requireSession } from '../sessions/requireSession';
import { MAX_WIDGET_KEY_LENGTH } from '../widgetConfig/validateWidget';
import type { Widget } from '../widgetConfig/Widget';
import type { ArticleSummaryRecord } from './ArticleRecords';
import { articleExcerpt } from './articleExcerpt';
import { matchPagePattern } from './matchPagePattern';
import { pickLocale } from './pickLocale';
import { buildSnippet } from './search/buildSnippet';
import { findHighlights } from './search/findHighlights';
import { searchMessageText } from './searchMessageText';

type KbContext = Context<EngineEnv>;

/** Either the value or the problem answer to send instead. */
type Checked<T> = { ok: true; value: T } | { ok: false; response: Response };

const MAX_QUERY_LENGTH = 200;
const MAX_PAGE_URL_LENGTH = 2048;
const SUGGESTIONS = 5;
const SEARCH_LIMIT = { fallback: 10, max: 50 };
const LIST_LIMIT = { fallback: 20, max: 50 };

function collectionNotFound(id: string): Response {
  return problem({
    status: 404,
    code: 'collection_not_found',
    title: 'Collection not found',
    detail: `No collection has the id "${id}" in this help centre.`,
  });
}

function articleNotFound(id: string): Response {
  return problem({
    status: 404,
    code: 'article_not_found',
    title: 'Article not found',
    detail: `No article has the id "${id}" in this help centre.`,
  });
}

/** FNV-1a over the UTF-16 code units: ties a search cursor to the search it was issued for. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function toSummary(record: ArticleSummaryRecord): ArticleSummary {
  return {
    id: record.id,
    collectionId: record.collectionId,
    locale: record.locale,
    title: record.title,
    excerpt: articleExcerpt(record.plainText),
    updatedAt: iso(record.updatedAt),
  };
}

/** The `q` parameter: present, 1 to 200 characters (code points, as JSON Schema counts them). */
function parseQuery(text: string | undefined): Checked<string> {
  if (text === undefined || text === '') {
    return { ok: false, response: invalidRequest('The q query parameter is required.') };
  }
  if ([...text].length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      response: invalidRequest(`The q query parameter must have at most ${MAX_QUERY_LENGTH} characters.`),
    };
  }
  return { ok: true, value: text };
}

/** The path of `pageUrl`: an absolute http(s) URL or a path starting with one `/`. */
function parsePagePath(pageUrl: string): string | undefined {
  if (pageUrl.length > MAX_PAGE_URL_LENGTH) return undefined;
  let url: URL;
  try {
    if (pageUrl.startsWith('/') && !pageUrl.startsWith('//')) url = new URL(pageUrl, 'http://page.invalid');
    else url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  try {
    // Patterns are written as people read paths: `/hilfe/über`, not `/hilfe/%C3%BCber`.
    return decodeURI(url.pathname);
  } catch {
    return url.pathname;
  }
}

/**
 * The widget a public request names with `?widgetKey=`; puts it on the context, so that CORS answers with
 * its allowed origins. A session bearer token may come along: public routes neither need nor check it.
 */
async function findWidget(engine: Engine, c: KbContext): Promise<Checked<Widget>> {
  const key = c.req.query('widgetKey');
  if (key === undefined || key === '') {
    return { ok: false, response: invalidRequest('The widgetKey query parameter is required.') };
  }
  if (key.length > MAX_WIDGET_KEY_LENGTH) {
    return {
      ok: false,
      response: invalidRequest(
        `The widgetKey query parameter must have at most ${MAX_WIDGET_KEY_LENGTH} characters.`,
      ),
    };
  }
  const widget = await engine.store.getWidget(key);
  if (widget === undefined) {
    return {
      ok: false,
      response: problem({
        status: 404,
        code: 'widget_not_found',
        title: 'Unknown widget key',
        detail: `No widget has the key "${key}".`,
      }),
    };
  }
  c.set('widget', widget);
  return { ok: true, value: widget };
}

/** The locale to list and search in: the requested one when the help centre has articles in it. */
async function helpCentreLocale(
  engine: Engine,
  widget: Widget,
  requested: string | undefined,
): Promise<string> {
  const locales = await engine.store.articles.listLocales(widget.key);
  return pickLocale(requested, locales, widget.defaultLocale) ?? widget.defaultLocale;
}

/**
 * The help centre: `GET /kb/collections`, `GET /kb/collections/{id}/articles`, `GET /kb/articles/{id}`,
 * `GET /kb/search`, `GET /kb/suggest` (public, naming the widget with `?widgetKey=`) and
 * `POST /kb/articles/{id}/feedback` (session). Mounted under `/v1` by {@link createApp}.
 * @internal
 */
export function createKnowledgeBaseRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  const { articles } = engine.store;

  routes.get('/kb/collections', async (c) => {
    const widget = await findWidget(engine, c);
    if (!widget.ok) return widget.response;
    const locale = await helpCentreLocale(engine, widget.value, c.req.query('locale'));
    const collections = await articles.listCollections(widget.value.key, locale);
    const body: CollectionList = {
      data: collections.flatMap((collection): Collection[] => {
        const textLocale = pickLocale(
          locale,
          Object.keys(collection.translations),
          widget.value.defaultLocale,
        );
        const text = textLocale === undefined ? undefined : collection.translations[textLocale];
        if (textLocale === undefined || text === undefined) return [];
        return [
          {
            id: collection.id,
            title: text.title,
            description: text.description,
            locale: textLocale,
            articleCount: collection.articleCount,
          },
        ];
      }),
    };
    return c.json(body);
  });
  routes.all('/kb/collections', methodNotAllowed(['GET', 'HEAD']));

  routes.get('/kb/collections/:collectionId/articles', async (c) => {
    const widget = await findWidget(engine, c);
    if (!widget.ok) return widget.response;
    const collectionId = c.req.param('collectionId');
    const limited = readPageLimit(c, LIST_LIMIT);
    if (!limited.ok) return limited.response;
    const { limit } = limited;
    let after: { position: number; id: string } | undefined;
    const cursorText = c.req.query('cursor');
    if (cursorText !== undefined) {
      const cursor = decodeCursor(cursorText) as { c?: unknown; p?: unknown; i?: unknown } | undefined;
      if (
        typeof cursor !== 'object' ||
        cursor === null ||
        cursor.c !== collectionId ||
        !Number.isSafeInteger(cursor.p) ||
        typeof cursor.i !== 'string'
      ) {
        return invalidCursor();
      }
      after = { position: cursor.p as number, id: cursor.i };
    }
    const collection = await articles.getCollection(widget.value.key, collectionId);
    if (collection === undefined) return collectionNotFound(collectionId);
    const locale = await helpCentreLocale(engine, widget.value, c.req.query('locale'));
    const rows = await articles.listArticles({
      widgetKey: widget.value.key,
      collectionId,
      locale,
      ...(after === undefined ? {} : { after }),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const body: ArticleSummaryPage = {
      data: page.map(toSummary),
      nextCursor:
        rows.length > limit && last !== undefined
          ? encodeCursor({ c: collectionId, p: last.position, i: last.id })
          : null,
    };
    return c.json(body);
  });
  routes.all('/kb/collections/:collectionId/articles', methodNotAllowed(['GET', 'HEAD']));

  routes.get('/kb/articles/:articleId', async (c) => {
    const widget = await findWidget(engine, c);
    if (!widget.ok) return widget.response;
    const articleId = c.req.param('articleId');
    const article = await articles.getArticle(widget.value.key, articleId);
    const availableLocales = article === undefined ? [] : Object.keys(article.translations);
    const locale = pickLocale(c.req.query('locale'), availableLocales, widget.value.defaultLocale);
    const translation = locale === undefined ? undefined : article?.translations[locale];
    if (article === undefined || locale === undefined || translation === undefined) {
      return articleNotFound(articleId);
    }
    const body: Article = {
      id: article.id,
      collectionId: article.collectionId,
      locale,
      availableLocales,
      title: translation.title,
      body: translation.body,
      updatedAt: iso(article.updatedAt),
    };
    return jsonWithETag(c.req.raw, body);
  });
  routes.all('/kb/articles/:articleId', methodNotAllowed(['GET', 'HEAD']));

  routes.get('/kb/search', async (c) => {
    const started = performance.now();
    const widget = await findWidget(engine, c);
    if (!widget.ok) return widget.response;
    const query = parseQuery(c.req.query('q'));
    if (!query.ok) return query.response;
    const limited = readPageLimit(c, SEARCH_LIMIT);
    if (!limited.ok) return limited.response;
    const { limit } = limited;
    const collectionId = c.req.query('collectionId');
    if (collectionId !== undefined) {
      const collection = await articles.getCollection(widget.value.key, collectionId);
      if (collection === undefined) return collectionNotFound(collectionId);
    }
    const locale = await helpCentreLocale(engine, widget.value, c.req.query('locale'));
    const search = fingerprint(JSON.stringify([query.value, locale, collectionId ?? null]));
    let offset = 0;
    const cursorText = c.req.query('cursor');
    if (cursorText !== undefined) {
      const cursor = decodeCursor(cursorText) as { o?: unknown; f?: unknown } | undefined;
      if (
        typeof cursor !== 'object' ||
        cursor === null ||
        cursor.f !== search ||
        !Number.isSafeInteger(cursor.o) ||
        (cursor.o as number) < 1
      ) {
        return invalidCursor();
      }
      offset = cursor.o as number;
    }

    const searchText = (text: string, from: number) =>
      articles.searchPage({
        widgetKey: widget.value.key,
        locale,
        query: text,
        ...(collectionId === undefined ? {} : { collectionId }),
        limit,
        offset: from,
      });
    let { hits, total } = await searchText(query.value, offset);
    // A question typed the way people write ("how do I export my notes?") has words no article has: its
    // topic words find the articles instead, on one page.
    if (total === 0 && offset === 0) {
      hits = await searchMessageText(query.value, async (text) => (await searchText(text, 0)).hits, {
        limit,
        idOf: (hit) => hit.article.id,
      });
      total = hits.length;
    }
    const next = offset + hits.length;
    const body: SearchResponse = {
      data: hits.map(({ article, score }) => ({
        article: toSummary(article),
        score,
        titleHighlights: findHighlights(article.title, query.value),
        snippet: buildSnippet(article.plainText, query.value),
      })),
      nextCursor: hits.length > 0 && next < total ? encodeCursor({ o: next, f: search }) : null,
      total,
    };
    const text = JSON.stringify(body);
    // The time the server spent on the search, for clients and the benchmark (`npm run bench:server`).
    const duration = (performance.now() - started).toFixed(2);
    return new Response(text, {
      headers: { 'Content-Type': 'application/json', 'Server-Timing': `app;dur=${duration}` },
    });
  });
  routes.all('/kb/search', methodNotAllowed(['GET', 'HEAD']));

  routes.get('/kb/suggest', async (c) => {
    const widget = await findWidget(engine, c);
    if (!widget.ok) return widget.response;
    const q = c.req.query('q');
    const pageUrl = c.req.query('pageUrl');
    if ((q === undefined) === (pageUrl === undefined)) {
      return invalidRequest('Give exactly one of the q and pageUrl query parameters.');
    }
    const locale = await helpCentreLocale(engine, widget.value, c.req.query('locale'));

    if (q !== undefined) {
      const query = parseQuery(q);
      if (!query.ok) return query.response;
      const search = async (text: string) =>
        (
          await articles.searchPage({
            widgetKey: widget.value.key,
            locale,
            query: text,
            limit: SUGGESTIONS,
            offset: 0,
          })
        ).hits;
      let hits = await search(query.value);
      // Text being typed is mostly a message ("How do I export my notes?"), and no article has all its words.
      if (hits.length === 0) {
        hits = await searchMessageText(query.value, search, {
          limit: SUGGESTIONS,
          idOf: (hit) => hit.article.id,
        });
      }
      const body: SuggestResponse = { data: hits.map(({ article }) => toSummary(article)) };
      return c.json(body);
    }

    const path = parsePagePath(pageUrl!);
    if (path === undefined) {
      return invalidRequest('pageUrl must be an absolute http(s) URL or a path starting with /.');
    }
    const candidates = (await articles.listArticlesWithPagePatterns(widget.value.key, locale)).flatMap(
      (article) => {
        let specificity: number | undefined;
        for (const pattern of article.pagePatterns) {
          const match = matchPagePattern(pattern, path);
          if (match !== undefined && (specificity === undefined || match > specificity)) specificity = match;
        }
        return specificity === undefined ? [] : [{ article, specificity }];
      },
    );
    // Among equally specific matches, articles about the page's last path segment come first (on
    // `/billing/invoices`, the one about invoices), then display order. Paths are mostly English while the
    // visitor may read Chinese, so the words are looked up in the widget's default locale too.
    const segments = path.split('/').filter((segment) => segment !== '');
    const words = (segments[segments.length - 1] ?? '').replace(/[-_.+~]+/g, ' ').slice(0, MAX_QUERY_LENGTH);
    const relevance = new Map<string, number>();
    if (candidates.length > 1 && words.trim() !== '') {
      for (const searchLocale of new Set([locale, widget.value.defaultLocale])) {
        const { hits } = await articles.searchPage({
          widgetKey: widget.value.key,
          locale: searchLocale,
          query: words,
          limit: 50,
          offset: 0,
        });
        hits.forEach(({ article }, rank) => {
          relevance.set(article.id, Math.min(rank, relevance.get(article.id) ?? rank));
        });
      }
    }
    const rankOf = (id: string) => relevance.get(id) ?? Number.MAX_SAFE_INTEGER;
    candidates.sort((a, b) => b.specificity - a.specificity || rankOf(a.article.id) - rankOf(b.article.id));
    const body: SuggestResponse = {
      data: candidates.slice(0, SUGGESTIONS).map(({ article }) => toSummary(article)),
    };
    return c.json(body);
  });
  routes.all('/kb/suggest', methodNotAllowed(['GET', 'HEAD']));

  routes.post('/kb/articles/:articleId/feedback', requireSession(engine), async (c) => {
    const widget = c.get('widget');
    const articleId = c.req.param('articleId');
    const article = await articles.getArticle(widget.key, articleId);
    if (article === undefined) return articleNotFound(articleId);
    const body = await readJsonBody(c, ArticleFeedbackRequest);
    if (!body.ok) return body.response;
    const locale =
      pickLocale(body.value.locale, Object.keys(article.translations), widget.defaultLocale) ??
      widget.defaultLocale;
    await articles.saveFeedback({
      articleId,
      locale,
      contactId: c.get('contact').id,
      helpful: body.value.helpful,
      comment: body.value.comment ?? null,
      at: engine.now(),
    });
    return c.body(null, 204);
  });
  routes.all('/kb/articles/:articleId/feedback', methodNotAllowed(['POST']));

  return routes;
}
