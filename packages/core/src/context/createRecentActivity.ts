import type { RecentActivity } from '../client/ClientRuntime';
import { truncate } from './truncate';

/** Adds `item` as the newest entry: an earlier copy moves to the end, and only the newest 20 are kept. */
function push(list: string[], item: string): void {
  // `>>> 0` turns "not found" (-1) into an index past the end, where `splice` removes nothing.
  list.splice(list.indexOf(item) >>> 0, 1);
  if (list.push(item) > 20) list.shift();
}

/**
 * Remembers, in memory, what the customer searched for and which articles they opened, so that a new
 * conversation or ticket carries it and nobody asks them to repeat it.
 *
 * - Searches are trimmed and cut to the contract's 200 characters; empty ones are ignored. A repeated
 *   search moves to the end instead of being kept twice. A search that extends the one just recorded
 *   (`reset` then `reset password`, as happens when results show while typing) replaces it.
 * - Article ids longer than the contract's 100 characters cannot be sent, and are ignored.
 * - Each list keeps the newest 20 entries (the contract's `maxItems`), newest last.
 * @internal
 */
export function createRecentActivity(): RecentActivity {
  const searches: string[] = [];
  const articleIds: string[] = [];

  return {
    recordSearch(query) {
      const text = truncate(query.trim(), 200).trimEnd();
      const last = searches.at(-1);
      // Also true for the same search again, which `push` would move to the end anyway.
      if (last && text.startsWith(last)) searches.pop();
      if (text) push(searches, text);
    },
    recordArticleView(articleId) {
      if (articleId && articleId.length <= 100) push(articleIds, articleId);
    },
    snapshot: () => ({ recentSearches: [...searches], viewedArticleIds: [...articleIds] }),
    clear() {
      searches.length = articleIds.length = 0;
    },
  };
}
