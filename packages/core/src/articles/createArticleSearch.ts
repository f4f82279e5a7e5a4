import type { SearchResult } from '@parley/contract';
import { isParleyError, ParleyError } from '../errors/ParleyError';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import type { ArticlesApi } from './ArticlesApi';
import { normaliseSearchQuery } from './normaliseSearchQuery';

/** Options of {@link createArticleSearch}. */
export interface ArticleSearchStoreOptions {
  /**
   * How long the query must stay the same before it is searched, in milliseconds: typing a word makes one
   * request, not one per key.
   * @default 250
   */
  debounceMs?: number | undefined;
  /**
   * Hits per page, 1 to 50.
   * @default 10 (the backend's default)
   */
  limit?: number | undefined;
  /**
   * The reader's language (BCP 47).
   * @default the client's locale, else the help centre's default
   */
  locale?: string | undefined;
  /** Only articles of this collection. */
  collectionId?: string | undefined;
}

/** What an article search store holds. */
export interface ArticleSearchSnapshot {
  /**
   * - `idle`: no query (an empty or blank one): no results and no request;
   * - `loading`: the query changed and its results are on their way (the previous results stay meanwhile);
   * - `ready`: `results` are the hits for `query`;
   * - `error`: the search failed (see `error`); the previous results stay.
   */
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** The query as last set, trimmed. */
  readonly query: string;
  /** Best first, each with the ranges of its title and snippet to highlight. */
  readonly results: readonly SearchResult[];
  /** How many articles match in all (more than `results` holds when there are further pages). */
  readonly total: number;
  /** More hits can be loaded with `loadMore()`. */
  readonly hasMore: boolean;
  /** A `loadMore()` is running. */
  readonly loadingMore: boolean;
  /** Why the last search or `loadMore()` failed. */
  readonly error: ParleyError | null;
}

/** A search-as-you-type over the knowledge base, as a store: {@link createArticleSearch}. */
export interface ArticleSearchStore extends Store<ArticleSearchSnapshot> {
  /** Searches for `query` once it has stayed the same for `debounceMs` (and while the store is subscribed). */
  setQuery(query: string): void;
  /** Appends the next page of hits (when `hasMore`). Resolves when done; a failure lands in `error`. */
  loadMore(): Promise<void>;
}

/**
 * A search's snapshot with the way to load more hits: what the framework bindings' `useArticleSearch`
 * returns.
 */
export type ArticleSearchState = ArticleSearchSnapshot & Pick<ArticleSearchStore, 'loadMore'>;

const IDLE: ArticleSearchSnapshot = {
  status: 'idle',
  query: '',
  results: [],
  total: 0,
  hasMore: false,
  loadingMore: false,
  error: null,
};

/**
 * A search box's state: set the query on every keystroke; the store waits until the typing pauses, searches,
 * drops answers that arrive for a query already replaced, and pages on demand. It searches only while
 * subscribed (the first listener starts the pending search; when the last one leaves, a search on its way
 * is cancelled). The client runs one search at a time: when another search of the same client replaces
 * this store's, it searches again once.
 *
 * @param client - The client (only its `articles` are used).
 * @param options - Debounce, page size, locale and collection.
 * @example
 * ```ts
 * const search = createArticleSearch(client, { limit: 5 });
 * search.subscribe(() => render(search.getSnapshot()));
 * input.addEventListener('input', () => search.setQuery(input.value));
 * ```
 */
export function createArticleSearch(
  client: { readonly articles: Pick<ArticlesApi, 'search'> },
  { debounceMs = 250, ...searchOptions }: ArticleSearchStoreOptions = {},
): ArticleSearchStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: AbortController | undefined;
  let cursor: string | null = null;
  let watched = false;
  /** The page runs of the current query: a run whose query was replaced meanwhile is dropped. */
  let generation = 0;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    running?.abort();
    running = undefined;
  };

  /** Searches `query` (a further page when `more`); `replaced` counts how often another search replaced it. */
  const run = async (more: boolean, replaced = 0): Promise<void> => {
    const { query } = store.getSnapshot();
    const current = ++generation;
    const controller = new AbortController();
    running = controller;
    try {
      const page = await client.articles.search(query, {
        ...searchOptions,
        ...(more && cursor ? { cursor } : {}),
        signal: controller.signal,
      });
      if (current !== generation) return;
      cursor = page.nextCursor;
      store.update((state) => ({
        ...state,
        status: 'ready',
        results: more ? [...state.results, ...page.data] : page.data,
        total: page.total,
        hasMore: !!page.nextCursor,
        loadingMore: false,
        error: null,
      }));
    } catch (error) {
      if (current !== generation) return;
      // Aborted without this store asking: another search of the client replaced this one.
      if (isParleyError(error) && error.code === 'aborted' && !controller.signal.aborted && !replaced) {
        return run(more, replaced + 1);
      }
      if (controller.signal.aborted) return;
      store.update((state) => ({
        ...state,
        status: more ? state.status : 'error',
        loadingMore: false,
        error: isParleyError(error) ? error : new ParleyError('invalid_response', String(error)),
      }));
    } finally {
      if (running === controller) running = undefined;
    }
  };

  /** Searches the current query after the pause, when somebody listens and it is waiting to be searched. */
  const schedule = () => {
    if (!watched || store.getSnapshot().status !== 'loading') return;
    cancel();
    timer = setTimeout(() => void run(false), debounceMs);
  };

  const store = createStore(IDLE, {
    onStart() {
      watched = true;
      schedule();
      return () => {
        watched = false;
        // A query still unanswered is searched again by the next listener; a page on its way may finish.
        if (store.getSnapshot().status === 'loading') {
          generation++;
          cancel();
        }
      };
    },
  });

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    setQuery(text) {
      const query = normaliseSearchQuery(String(text ?? ''));
      if (query === store.getSnapshot().query) return;
      generation++;
      cursor = null;
      cancel();
      store.set(
        query ? { ...store.getSnapshot(), status: 'loading', query, loadingMore: false, error: null } : IDLE,
      );
      schedule();
    },
    async loadMore() {
      const state = store.getSnapshot();
      if (state.status !== 'ready' || !state.hasMore || state.loadingMore) return;
      store.set({ ...state, loadingMore: true });
      await run(true);
    },
  };
}
