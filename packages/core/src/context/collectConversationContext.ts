import type { ConversationContext } from '@parley/contract';
import type { RecentActivity } from '../client/ClientRuntime';
import { collectPageContext } from './collectPageContext';

/**
 * The context that travels with a new conversation or ticket: the page (URL, title, referrer, locale, time
 * zone) and the searches and articles seen just before, newest last, within the contract's limits.
 * @internal
 */
export function collectConversationContext(runtime: {
  readonly locale: string | undefined;
  readonly activity: RecentActivity;
}): ConversationContext {
  const context: ConversationContext = collectPageContext({ locale: runtime.locale });
  const { recentSearches, viewedArticleIds } = runtime.activity.snapshot();
  if (recentSearches.length > 0) context.recentSearches = recentSearches.slice(-20);
  if (viewedArticleIds.length > 0) context.viewedArticleIds = viewedArticleIds.slice(-20);
  return context;
}
