import type { VNode } from 'preact';
import { importViewTexts } from '../i18n/importViewTexts';
import type { WidgetRoute, WidgetView } from '../navigation/WidgetRoute';
import { addStyles } from '../styles/adoptStyles';
import { ViewTextsProvider } from './ViewTextsProvider';

/** A view that loads on demand: every view but home. @internal */
export type LazyView = Exclude<WidgetView, 'home'>;

/** Renders one route of a loaded view. @internal */
export type RouteRenderer<View extends LazyView = LazyView> = (
  route: Extract<WidgetRoute, { view: View }>,
) => VNode;

// One literal import() per view, so that bundlers make each a chunk of its own. Each view is keyed by its
// route, so opening another article or conversation starts the view afresh (scroll, drafts, focus).
const importers: { [View in LazyView]: () => Promise<RouteRenderer<View>> } = {
  search: () =>
    import('./search/SearchView').then(({ SearchView }) => (route) => <SearchView query={route.query} />),
  article: () =>
    import('./article/ArticleView').then(({ ArticleView }) => (route) => (
      <ArticleView key={route.articleId} articleId={route.articleId} />
    )),
  conversations: () =>
    import('./conversations/ConversationListView').then(({ ConversationListView }) => () => (
      <ConversationListView />
    )),
  conversation: () =>
    import('./conversation/ConversationView').then(({ ConversationView }) => (route) => (
      <ConversationView key={route.conversationId} conversationId={route.conversationId} />
    )),
  newConversation: () =>
    import('./newConversation/NewConversationView').then(({ NewConversationView }) => (route) => (
      <NewConversationView text={route.text} />
    )),
  ticketLookup: () =>
    import('./tickets/TicketLookupView').then(({ TicketLookupView }) => (route) => (
      <TicketLookupView reference={route.reference} />
    )),
  tickets: () =>
    import('./tickets/TicketListView').then(({ TicketListView }) => () => <TicketListView />),
  ticket: () =>
    import('./tickets/TicketView').then(({ TicketView }) => (route) => (
      <TicketView key={route.ticketId} ticketId={route.ticketId} />
    )),
  offlineForm: () =>
    import('./offlineForm/OfflineFormView').then(({ OfflineFormView }) => (route) => (
      <OfflineFormView text={route.text} />
    )),
};

const loaded = new Map<LazyView, RouteRenderer>();
const loading = new Map<LazyView, Promise<RouteRenderer>>();

/**
 * A view's renderer once its code has loaded, for rendering at once without a loading state.
 * @internal
 */
export function loadedView(view: LazyView): RouteRenderer | undefined {
  return loaded.get(view);
}

/**
 * Loads a view's code, the views' styles (adopted by every widget on the page before the view shows) and
 * the views' English texts (which complete the widget's texts for the view: see ViewTextsProvider), once
 * per page. A failed load of any of them (offline, a new release replaced the files) is forgotten, so that
 * a later call tries again.
 * @internal
 */
export function loadView(view: LazyView): Promise<RouteRenderer> {
  let pending = loading.get(view);
  if (!pending) {
    const styles = import('../styles/viewStyles').then(({ viewStyles }) => addStyles(viewStyles));
    pending = Promise.all([importers[view](), styles, importViewTexts()]).then(
      ([render, , englishViewTexts]) => {
        // Keyed by its view, a renderer is only ever given a route of that view.
        const renderView = render as unknown as RouteRenderer;
        const renderer: RouteRenderer = (route) => (
          <ViewTextsProvider englishViewTexts={englishViewTexts}>{renderView(route)}</ViewTextsProvider>
        );
        loaded.set(view, renderer);
        return renderer;
      },
      (reason: unknown) => {
        loading.delete(view);
        throw reason;
      },
    );
    loading.set(view, pending);
  }
  return pending;
}
/**
 * Loads, while the browser is idle, the views a visitor most often opens next (search, an article, a
 * conversation), so that moving to them shows no loading state. Failures are left to the move itself.
 * @internal
 */
export function preloadViews(): void {
  const views: LazyView[] = ['search', 'article', 'newConversation', 'conversation'];
  const start = () => {
    for (const view of views) loadView(view).catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
