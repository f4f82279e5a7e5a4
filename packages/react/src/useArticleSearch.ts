import { type ArticleSearchState, type ArticleSearchStoreOptions, createArticleSearch } from '@parley/core';
import { useEffect, useMemo } from 'react';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * Search-as-you-type over the knowledge base: pass the text of the search box on every render; it is
 * searched once the typing pauses (`debounceMs`, 250 by default), answers to a query already replaced are
 * dropped, and the previous results stay while the next ones load. Idle for a blank query.
 * @example
 * ```tsx
 * const [query, setQuery] = useState('');
 * const { status, results, hasMore, loadMore } = useArticleSearch(query, { limit: 5 });
 * ```
 */
export function useArticleSearch(query: string, options: ArticleSearchStoreOptions = {}): ArticleSearchState {
  const client = useParley();
  const { debounceMs, limit, locale, collectionId } = options;
  const search = useMemo(
    () => createArticleSearch(client, { debounceMs, limit, locale, collectionId }),
    [client, debounceMs, limit, locale, collectionId],
  );
  useEffect(() => search.setQuery(query), [search, query]);
  const snapshot = useStore(search);
  return useMemo(() => ({ ...snapshot, loadMore: search.loadMore }), [snapshot, search]);
}
