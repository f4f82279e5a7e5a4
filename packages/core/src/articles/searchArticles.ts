import type { SearchResponse } from '@parley/contract';
import { searchResponseSchema } from '../backend/schemas/knowledgeBaseSchemas';
import { request } from '../transport/request';
import { toTransportOptions } from '../transport/toTransportOptions';
import type { ArticleSearchOptions } from './ArticlesApi';
import { normaliseSearchQuery } from './normaliseSearchQuery';

/** Where {@link searchArticles} finds the help centre. */
export interface SearchArticlesOptions {
  /**
   * Where the backend lives. `/v1/kb/search` is added to it.
   * @example 'https://support.example.com'
   */
  baseUrl: string;
  /** The public key of the widget whose help centre to search. */
  widgetKey: string;
  /**
   * The reader's language (BCP 47); the backend searches the articles written in the best match.
   * @default the help centre's default locale
   */
  locale?: string | undefined;
  /**
   * The `fetch` to use. Looked up on `globalThis` at each call when omitted, never captured at import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch | undefined;
  /**
   * How long the search may take before it fails with `code: 'timeout'`.
   * @default 15000
   */
  timeoutMs?: number | undefined;
}

/**
 * Searches a help centre without a client: no session, no storage, no realtime, so a search box on any
 * page costs only this function. Hits come best first, each with the ranges of its title and snippet to
 * highlight.
 *
 * The query is trimmed and cut to 200 characters; an empty query resolves to no hits without a request.
 *
 * @throws {ParleyError} `network`, `timeout`, `aborted`, `not_found` (unknown widget key or collection),
 *   `invalid_request`, `invalid_response`...
 * @example
 * ```ts
 * import { searchArticles } from '@parley/core';
 *
 * const { data, total } = await searchArticles(
 *   { baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123', locale: 'en' },
 *   'reset password',
 * );
 * for (const hit of data) console.log(hit.article.title, hit.snippet.text);
 * ```
 */
export async function searchArticles(
  options: SearchArticlesOptions,
  query: string,
  { signal, locale = options.locale, ...page }: ArticleSearchOptions = {},
): Promise<SearchResponse> {
  const q = normaliseSearchQuery(query);
  return q
    ? request(
        toTransportOptions(options),
        { path: '/kb/search', query: { ...page, q, widgetKey: options.widgetKey, locale }, signal },
        searchResponseSchema,
      )
    : { data: [], nextCursor: null, total: 0 };
}
