import type { Article } from '@parley/contract';
import type { Backend, BackendCall } from '../backend/Backend';
import { offered } from '../backend/offered';
import type { ClientRuntime } from '../client/ClientRuntime';
import { ParleyError } from '../errors/ParleyError';
import { abortable } from '../transport/abortable';
import { linkedController } from '../transport/linkedController';
import type { ArticlesApi } from './ArticlesApi';
import { normaliseSearchQuery } from './normaliseSearchQuery';

/** The public knowledge-base reads: each takes the widget key and a locale, and only a signal. */
type Read =
  | 'searchArticles'
  | 'suggestArticles'
  | 'getArticle'
  | 'listCollections'
  | 'listCollectionArticles';
/** What a read takes besides the widget key, with its signal. */
type ReadRequest<K extends Read> = Parameters<NonNullable<Backend[K]>>[0] extends infer R
  ? R extends unknown
    ? Omit<R, 'widgetKey'> & { locale?: string | undefined; signal?: AbortSignal | undefined }
    : never
  : never;
type ReadAnswer<K extends Read> = Awaited<ReturnType<NonNullable<Backend[K]>>>;

/**
 * Creates the knowledge-base domain of a client.
 * @internal
 */
export function createArticles(runtime: ClientRuntime): ArticlesApi {
  const { backend, widgetKey, activity } = runtime;
  /**
   * The last read of each article, with its ETag and the locale asked for; the Map's order is least
   * recently read first. It also tells which translation feedback is about.
   */
  const cache = new Map<
    string,
    { article: Article; etag?: string | undefined; locale: string | undefined }
  >();
  let searching: AbortController | undefined;

  /** Calls a read with the widget key and the locale (the client's by default); rejects when not offered. */
  const read = async <K extends Read>(
    name: K,
    { signal, locale = runtime.locale, ...request }: ReadRequest<K>,
  ): Promise<ReadAnswer<K>> =>
    (offered(backend, name) as (request: object, call: BackendCall) => Promise<ReadAnswer<K>>)(
      { widgetKey, locale, ...request },
      { signal },
    );

  return {
    async search(query, options = {}) {
      // Whatever happens to this search, the previous one is out of date. Aborting it also unhooks it from
      // the caller's signal, so at most one search is ever hooked to it.
      searching?.abort();
      const q = normaliseSearchQuery(query);
      if (!q) return { data: [], nextCursor: null, total: 0 };
      searching = linkedController(options.signal);
      const { signal } = searching;
      const response = await abortable(read('searchArticles', { ...options, query: q, signal }), signal);
      activity.recordSearch(q);
      return response;
    },

    async suggest({ query, pageUrl }, options = {}) {
      // For a page, its origin and path are all the backend matches on: no query string or fragment leaks.
      const request =
        pageUrl === undefined
          ? { query: normaliseSearchQuery(query) }
          : {
              pageUrl: pageUrl
                .trim()
                .replace(/[?#].*/s, '')
                .slice(0, 2048),
            };
      // Empty input asks nothing.
      return Object.values(request)[0]
        ? (await read('suggestArticles', { ...options, ...request })).data
        : [];
    },

    async get(articleId, { locale = runtime.locale, signal } = {}) {
      const last = cache.get(articleId);
      // Only a read in the same locale can be revalidated.
      const kept = last?.locale === locale ? last : undefined;
      const result = await read('getArticle', { articleId, locale, etag: kept?.etag, signal });
      const entry = result.notModified ? kept : { ...result, locale };
      if (!entry) throw new ParleyError('invalid_response', 'Unexpected "not modified".');
      // Re-inserted as the most recently read.
      cache.delete(articleId);
      cache.set(articleId, entry);
      for (const oldest of cache.keys()) if (cache.size > 50) cache.delete(oldest);
      activity.recordArticleView(entry.article.id);
      return entry.article;
    },

    collections: async (options = {}) => (await read('listCollections', options)).data,

    collectionArticles: (collectionId, options = {}) =>
      read('listCollectionArticles', { ...options, collectionId }),

    async feedback(articleId, { helpful, comment, locale }) {
      const send = offered(backend, 'sendArticleFeedback');
      // The last read of this article says which translation the reader saw.
      locale ??= cache.get(articleId)?.article.locale ?? runtime.locale;
      comment = comment?.trim();
      const request = { helpful, ...(comment && { comment }), ...(locale && { locale }) };
      await runtime.session.withToken((token) =>
        runtime.retry((signal) => send(articleId, request, { token, signal })),
      );
    },
  };
}
