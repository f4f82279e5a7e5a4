import type { Store } from '@parley/core';
import type { WidgetRoute } from './WidgetRoute';

/** Where the panel is: its stack of routes, the current one last. Never empty. */
export type NavigationState = readonly [WidgetRoute, ...WidgetRoute[]];

/** The panel's navigation: a store of its route stack, and the moves between routes. */
export interface Navigation extends Store<NavigationState> {
  /** The route on top of the stack. */
  current(): WidgetRoute;
  /**
   * Opens `route` on top of the current one. Opening the route already shown replaces it instead (a new
   * search query, the same article twice), so Back never shows the same view twice in a row.
   */
  push(route: WidgetRoute): void;
  /** Returns to the previous route; on the first one, does nothing. */
  back(): void;
  /** Starts over from `route` alone (home, or a view a host opened from outside). */
  reset(route?: WidgetRoute): void;
}

/** The deepest the stack gets: beyond it the oldest routes under the first one are dropped. */
const MAX_DEPTH = 20;

/**
 * Creates the navigation of one widget. It lives outside the components so that the host's commands
 * (`showArticle`, `showConversation`...) and the views move through the same stack.
 */
export function createNavigation(initial: WidgetRoute = { view: 'home' }): Navigation {
  let stack: NavigationState = [initial];
  const listeners = new Set<() => void>();
  const set = (next: NavigationState) => {
    stack = next;
    for (const listener of [...listeners]) listener();
  };
  const current = () => stack[stack.length - 1] as WidgetRoute;

  return {
    getSnapshot: () => stack,
    subscribe(listener) {
      const entry = () => listener();
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    current,
    push(route) {
      const [first, ...rest] = current().view === route.view ? stack.slice(0, -1) : stack;
      if (!first) return set([route]);
      set([first, ...[...rest, route].slice(1 - MAX_DEPTH)]);
    },
    back() {
      const [first, ...rest] = stack;
      if (rest.length) set([first, ...rest.slice(0, -1)]);
    },
    reset: (route = { view: 'home' }) => set([route]),
  };
}
