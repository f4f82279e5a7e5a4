import type { WidgetInstance } from '../createWidgetInstance';
import { createDraftStore } from './createDraftStore';
import { openDeepLink } from './openDeepLink';
import { parseDeepLink } from './parseDeepLink';
import { type PersistedState, persistedState } from './persistedState';
import { type RouteWindow, watchRoutes } from './watchRoutes';

/** The parts of `window` a widget's page connection uses; tests pass their own. @internal */
export interface PageWindow extends RouteWindow {
  readonly sessionStorage?: Storage;
}

/**
 * What the visitor does with the widget that counts as interacting with it (and allows keeping its state):
 * a pointer or a key inside it, or text put in one of its fields some other way (pasted from a menu).
 */
const INTERACTIONS = ['pointerdown', 'keydown', 'input'] as const;

/** The page an address is on: its origin and path (another query string or fragment is the same page). */
const pageOf = (href: string) => href.replace(/[?#].*/s, '');

/** The tab's session storage, or `undefined` where reading it throws (blocked storage, sandboxed frames). */
function sessionStorageOf(win: PageWindow): Storage | undefined {
  try {
    return win.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Connects a widget to its page, once it has rendered:
 *
 * 1. the state the visitor left comes back from the tab's session storage: on the same page (a reload, a
 *    single-page app's route that remounts the widget) the panel as it was (open or not, its route stack),
 *    unless the host moved the widget already; on any page of the tab, the drafts;
 * 2. a deep link in the address opens its place, and its parameters leave the address bar
 *    (`history.replaceState`, keeping the rest of the address and the history entry's state);
 * 3. the state is kept in session storage from the visitor's first interaction with the widget (a pointer
 *    or a key inside it, text put in a field; never before, unless it was kept on an earlier page of this
 *    tab), at each change, while the visitor's consent to storage is granted (the default);
 * 4. the host's route changes (a single-page app) refresh the page the widget suggests articles for.
 *
 * @returns a function that writes the state a last time and stops all of it (the widget is destroyed).
 * @internal
 */
export function connectPage(instance: WidgetInstance, win: PageWindow = window): () => void {
  const { navigation, host, options } = instance;
  const drafts = createDraftStore();
  // One change, so one render of the whole widget, for both.
  instance.change({ drafts, page: win.location.href });
  const storage = options.rememberState === false ? undefined : sessionStorageOf(win);
  // The visitor's consent to storage covers the tab's too: without it, the state lives in memory only.
  const consented = () => instance.consent() === 'granted';
  const key = persistedState.key(options.widgetKey);
  const saved = consented() ? persistedState.read(storage, key) : undefined;
  if (saved) {
    drafts.replace(saved.drafts);
    if (saved.page === pageOf(win.location.href) && instance.isPristine()) {
      const [first, ...rest] = saved.routes;
      navigation.reset(first);
      for (const route of rest) navigation.push(route);
      if (saved.open) instance.setOpen(true);
    }
  }

  const link = options.deepLinks === false ? undefined : parseDeepLink(win.location.href, options.widgetKey);
  if (link) {
    try {
      win.history.replaceState(win.history.state, '', link.cleanUrl);
      instance.change({ page: win.location.href });
    } catch {
      // A host that forbids it keeps the parameters; the link is opened all the same.
    }
    void openDeepLink(instance, link.target);
  }

  let allowed = saved !== undefined;
  let scheduled = false;
  const save = () => {
    scheduled = false;
    if (!allowed || !consented()) return;
    const state: PersistedState = {
      page: pageOf(win.location.href),
      open: instance.isOpen(),
      routes: navigation.getSnapshot(),
      drafts: drafts.getSnapshot(),
    };
    persistedState.write(storage, key, state);
  };
  // Changes of one moment (a reset and a push, each keystroke's draft) make one write.
  const schedule = () => {
    if (!allowed || scheduled) return;
    scheduled = true;
    queueMicrotask(save);
  };
  const interact = () => {
    allowed = true;
    schedule();
    stopInteractions();
  };
  const stopInteractions = () => {
    for (const type of INTERACTIONS) host.removeEventListener(type, interact, true);
  };
  if (storage && !allowed) for (const type of INTERACTIONS) host.addEventListener(type, interact, true);
  const stops = [
    navigation.subscribe(schedule),
    drafts.subscribe(schedule),
    instance.observe((event) => (event === 'open' || event === 'close') && schedule()),
    // The state belongs to the page the visitor is on now.
    watchRoutes((page) => {
      instance.change({ page });
      schedule();
    }, win),
  ];
  schedule();

  return () => {
    save();
    stopInteractions();
    for (const stop of stops) stop();
  };
}
