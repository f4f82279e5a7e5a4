import type { Article, ArticleFeedbackRequest } from '@parley/contract';
import type { ClientRuntime } from '../client/ClientRuntime';
import { ParleyError } from '../errors/ParleyError';
import type { ArticlesApi } from './ArticlesApi';
import { abortable } from './abortable';
import { emptySearchResponse } from './emptySearchResponse';
import { normaliseSearchQuery } from './normaliseSearchQuery';

/** How many articles `get` keeps for revalidation; the least recently read go first. */
const CACHE_SIZE = 50;

function notOffered(what: string): ParleyError {
  return new ParleyError('invalid_request', `${what} is not offered by this backend.`);
}

/** The origin and path of a page: all the backend matches on, and no query string or fragment leaks. */
function pagePath(pageUrl: string): string {
  return pageUrl
    .trim()
    .replace(/[?#][\s\S]*$/, '')
    .slice(0, 2048);
}

/**
 * Creates the knowledge-base domain of a client.
 * @internal
 */
export function createArticles(runtime: ClientRuntime): ArticlesApi {
  const { backend, widgetKey } = runtime;
  const cache = new Map<string, { article: Article; etag: string }>();
  let runningSearch: AbortController | undefined;

  return {
    async search(query, { locale, collectionId, cursor, limit, signal } = {}) {
      // Whatever happens to this search, the previous one is out of date.
      runningSearch?.abort(new ParleyError('aborted', 'A newer search replaced this one.'));
      const controller = new AbortController();
      runningSearch = controller;
      const onCallerAbort = () => controller.abort(new ParleyError('aborted', 'The search was cancelled.'));
      signal?.addEventListener('abort', onCallerAbort, { once: true });
      if (signal?.aborted) onCallerAbort();
      try {
        if (!backend.searchArticles) throw notOffered('Article search');
        const q = normaliseSearchQuery(query);
        const result =
          q === ''
            ? Promise.resolve(emptySearchResponse())
            : backend.searchArticles(
                { widgetKey, query: q, locale: locale ?? runtime.locale, collectionId, cursor, limit },
                { signal: controller.signal },
              );
        const response = await abortable(result, controller.signal);
        if (q !== '') runtime.activity.recordSearch(q);
        return response;
      } finally {
        signal?.removeEventListener('abort', onCallerAbort);
        if (runningSearch === controller) runningSearch = undefined;
      }
    },

    async suggest(input, { locale, signal } = {}) {
      if (!backend.suggestArticles) throw notOffered('Article suggestions');
      const base = { widgetKey, locale: locale ?? runtime.locale };
      let request: Parameters<NonNullable<typeof backend.suggestArticles>>[0];
      if (typeof input?.pageUrl === 'string') {
        const pageUrl = pagePath(input.pageUrl);
        if (pageUrl === '') return [];
        request = { ...base, pageUrl };
      } else {
        const query = normaliseSearchQuery(input?.query);
        if (query === '') return [];
        request = { ...base, query };
      }
      const { data } = await backend.suggestArticles(request, { signal });
      return data;
    },

    async get(articleId, { locale = runtime.locale, signal } = {}) {
      if (!backend.getArticle) throw notOffered('Reading articles');
      const key = `${articleId}\n${locale ?? ''}`;
      const cached = cache.get(key);
      const result = await backend.getArticle(
        { widgetKey, articleId, locale, etag: cached?.etag },
        { signal },
      );
      let entry: { article: Article; etag: string | undefined };
      if (!result.notModified) entry = { article: result.article, etag: result.etag };
      else if (cached) entry = cached;
      else {
        throw new ParleyError(
          'invalid_response',
          `The backend answered "not modified" to a first read of ${articleId}.`,
        );
      }
      // Re-inserted so that the Map's order is least recently read first; without an ETag there is
      // nothing to revalidate, so nothing is kept.
      cache.delete(key);
      const { article, etag } = entry;
      if (etag) cache.set(key, { article, etag });
      for (const oldest of cache.keys()) {
        if (cache.size <= CACHE_SIZE) break;
        cache.delete(oldest);
      }
      runtime.activity.recordArticleView(article.id);
      return article;
    },

    async collections({ locale, signal } = {}) {
      if (!backend.listCollections) throw notOffered('Article collections');
      const { data } = await backend.listCollections(
        { widgetKey, locale: locale ?? runtime.locale },
        { signal },
      );
      return data;
    },

    async collectionArticles(collectionId, { locale, cursor, limit, signal } = {}) {
      if (!backend.listCollectionArticles) throw notOffered('Article collections');
      return backend.listCollectionArticles(
        { widgetKey, collectionId, locale: locale ?? runtime.locale, cursor, limit },
        { signal },
      );
    },

    async feedback(articleId, { helpful, comment, locale }) {
      const send = backend.sendArticleFeedback;
      if (!send) throw notOffered('Article feedback');
      const request: ArticleFeedbackRequest = { helpful: helpful === true };
      if (comment?.trim()) request.comment = comment.trim();
      let readLocale = locale;
      if (readLocale === undefined) {
        // The newest read of this article says which translation the reader saw.
        for (const { article } of cache.values()) if (article.id === articleId) readLocale = article.locale;
      }
      readLocale ??= runtime.locale;
      if (readLocale) request.locale = readLocale;
      await runtime.session.withToken((token) =>
        runtime.retry((signal) => send.call(backend, articleId, request, { token, signal })),
      );
    },
  };
}
