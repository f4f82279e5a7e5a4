import type { RecentActivity } from '../client/ClientRuntime';
import { truncate } from './truncate';

/** How many searches and article views are kept (the contract's `maxItems`). */
const MAX_ITEMS = 20;
/** Longest search kept, in UTF-16 code units (the contract allows 200 characters). */
const MAX_SEARCH_LENGTH = 200;
/** Longest article id kept (the contract's limit); a longer one cannot be valid and is ignored. */
const MAX_ARTICLE_ID_LENGTH = 100;

/** Adds `item` as the newest entry: an earlier copy moves to the end, the oldest entries fall off. */
function push(list: string[], item: string): void {
  const index = list.indexOf(item);
  if (index !== -1) list.splice(index, 1);
  list.push(item);
  if (list.length > MAX_ITEMS) list.splice(0, list.length - MAX_ITEMS);
}

/**
 * Remembers, in memory, what the customer searched for and which articles they opened, so that a new
 * conversation or ticket carries it and nobody asks them to repeat it.
 *
 * - Searches are trimmed; empty ones are ignored. A repeated search moves to the end instead of being
 *   kept twice. A search that extends the one just recorded (`reset` then `reset password`, as happens
 *   when results show while typing) replaces it.
 * - Each list keeps the newest 20 entries, newest last, within the contract's limits.
 * @internal
 */
export function createRecentActivity(): RecentActivity {
  const searches: string[] = [];
  const articleIds: string[] = [];

  return {
    recordSearch(query) {
      if (typeof query !== 'string') return;
      let text = query.trim();
      if (text === '') return;
      text = truncate(text, MAX_SEARCH_LENGTH).trimEnd();
      const last = searches[searches.length - 1];
      if (last !== undefined && text !== last && text.startsWith(last)) searches.pop();
      push(searches, text);
    },
    recordArticleView(articleId) {
      if (typeof articleId !== 'string' || articleId === '' || articleId.length > MAX_ARTICLE_ID_LENGTH)
        return;
      push(articleIds, articleId);
    },
    snapshot: () => ({ recentSearches: [...searches], viewedArticleIds: [...articleIds] }),
    clear() {
      searches.length = 0;
      articleIds.length = 0;
    },
  };
}
