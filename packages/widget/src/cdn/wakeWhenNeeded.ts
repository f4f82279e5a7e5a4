import type { ParleyClient } from '@parley/core';
import { hasKeptState } from '../navigation/pageHints';
import { type RouteWindow, watchRoutes } from '../navigation/watchRoutes';
import { matchesPagePattern } from '../proactive/matchesPagePattern';

/** The parts of `window` it reads; tests pass their own. @internal */
export interface WakeWindow extends RouteWindow {
  readonly location: { readonly href: string; readonly pathname: string };
  readonly sessionStorage: Storage;
}

/**
 * Watches for what a dormant widget must show without being asked, and calls `wake` once, at the first:
 *
 * - this tab kept the widget's state (a reload with the panel open, a draft): it comes back;
 * - the visitor has a session (restored from storage: a returning visitor, whose unread replies the
 *   launcher counts and whose new messages notify);
 * - a proactive message's trigger matches the path of the page the visitor is on, now or after a
 *   single-page app's route change (the widget's nudge then decides when it shows).
 *
 * A configuration that cannot load wakes nothing: the widget reports it once the visitor opens it.
 *
 * @returns a function that stops watching (the widget woke for another reason, or went away).
 * @example
 * ```ts
 * const stop = wakeWhenNeeded(instance.client, 'wk_live_123', () => instance.wake());
 * ```
 * @internal
 */
export function wakeWhenNeeded(
  client: ParleyClient,
  widgetKey: string,
  wake: () => void,
  win: WakeWindow = window,
): () => void {
  if (hasKeptState(win, widgetKey)) {
    wake();
    return () => undefined;
  }
  let stopped = false;
  const stops: (() => void)[] = [];
  const stop = () => {
    stopped = true;
    for (const each of stops.splice(0)) each();
  };
  const fire = () => {
    if (stopped) return;
    stop();
    wake();
  };

  const { visitor } = client.session;
  const checkSession = () => visitor.getSnapshot().contact && fire();
  stops.push(visitor.subscribe(checkSession));
  checkSession();

  client.config().then(
    ({ triggers }) => {
      if (stopped || triggers.length === 0) return;
      const checkPage = () =>
        triggers.some((trigger) => matchesPagePattern(trigger.pagePattern, win.location.pathname)) && fire();
      stops.push(watchRoutes(checkPage, win));
      checkPage();
    },
    () => undefined,
  );
  return stop;
}
