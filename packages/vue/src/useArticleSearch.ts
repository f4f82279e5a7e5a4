import { type ArticleSearchState, type ArticleSearchStoreOptions, createArticleSearch } from '@parley/core';
import { computed, type MaybeRefOrGetter, type ShallowRef, toValue, watch } from 'vue';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * A search-as-you-type over the knowledge base: one `createArticleSearch(client, options)` store per call,
 * given `query` whenever it changes. The store waits for the typing to pause (`debounceMs`), drops
 * answers to a query already replaced and keeps the previous results while the next load; a blank query
 * is `idle`. Searches only while the calling component is mounted; never on the server, which renders
 * the query's `loading` state.
 *
 * @param query - The text typed, as a ref or getter (or a string).
 * @param options - Debounce, page size, locale and collection, read once.
 * @example
 * ```ts
 * const query = ref('');
 * const search = useArticleSearch(query, { limit: 5 });
 * // template: <input v-model="query" type="search" />
 * //           <li v-for="hit in search.results" :key="hit.article.id">{{ hit.article.title }}</li>
 * //           <button v-if="search.hasMore" @click="search.loadMore()">More</button>
 * ```
 */
export function useArticleSearch(
  query: MaybeRefOrGetter<string>,
  options?: ArticleSearchStoreOptions,
): Readonly<ShallowRef<ArticleSearchState>> {
  const search = createArticleSearch(useParley(), options);
  watch(
    () => toValue(query),
    (text) => search.setQuery(text),
    { immediate: true },
  );
  const snapshot = useStore(() => search);
  const loadMore = () => search.loadMore();
  return computed(() => ({ ...snapshot.value, loadMore }));
}
