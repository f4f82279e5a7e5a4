import type { KeyValueStorage, Store, Trigger } from '@parley/core';
import { matchesPagePattern } from './matchesPagePattern';

/** Options for {@link createNudges}. */
export interface NudgesOptions {
  /** The config's triggers. */
  triggers: readonly Trigger[];
  /**
   * Where shown and dismissed nudges are remembered (keys `nudge:<trigger id>`). Pass one that obeys the
   * visitor's storage consent: without consent, they are remembered for this page only.
   */
  storage: KeyValueStorage;
  /**
   * The path of the page, read when the nudges start and at each {@link Nudges.navigate}.
   * @default () => location.pathname
   */
  path?: () => string;
  /**
   * Milliseconds since the page started, for `secondsOnPage`.
   * @default () => performance.now()
   */
  now?: () => number;
}

/**
 * The proactive nudge to show by the launcher (its trigger), or `null`. Subscribing starts the triggers'
 * timers; the last unsubscribe stops them.
 */
export interface Nudges extends Store<Trigger | null> {
  /** Tells whether the panel is open: a nudge hides when it opens, and none shows on this page after that. */
  setPanelOpen(open: boolean): void;
  /** The visitor closed the nudge: it hides, and its trigger never shows to this visitor again. */
  dismiss(): void;
  /** The host page changed (a single-page app): the nudge hides, and the triggers start over for the new path. */
  navigate(): void;
}

/**
 * Decides when a trigger's nudge shows: on a page whose path matches its `pagePattern`, once the visitor has
 * spent `secondsOnPage` on the page, at most one nudge per page, never while the panel is open or after it
 * opened on this page, never again once dismissed, and once ever when `oncePerVisitor`.
 *
 * @example
 * ```ts
 * const nudges = createNudges({ triggers: config.triggers, storage });
 * nudges.subscribe(() => renderNudge(nudges.getSnapshot()));
 * ```
 */
export function createNudges({
  triggers,
  storage,
  path = () => location.pathname,
  now = () => performance.now(),
}: NudgesOptions): Nudges {
  const listeners = new Set<() => void>();
  const key = (trigger: Trigger) => `nudge:${trigger.id}`;
  let nudge: Trigger | null = null;
  let panelOpen = false;
  // A nudge showed, or the panel opened, on this page: nothing more to offer here.
  let done = false;
  let pageStart = 0;
  let timers: ReturnType<typeof setTimeout>[] = [];
  // Bumped on every stop: a storage read from before then is stale.
  let generation = 0;

  const set = (next: Trigger | null) => {
    if (next === nudge) return;
    nudge = next;
    for (const listener of [...listeners]) listener();
  };
  const remember = (trigger: Trigger, state: 'shown' | 'dismissed') =>
    storage.set(key(trigger), state).catch(() => {});

  const show = (trigger: Trigger) => {
    if (done) return;
    done = true;
    set(trigger);
    if (trigger.oncePerVisitor) remember(trigger, 'shown');
  };
  const start = () => {
    const run = generation;
    const here = path();
    const matching = triggers.filter((trigger) => matchesPagePattern(trigger.pagePattern, here));
    Promise.all(matching.map((trigger) => storage.get(key(trigger)).catch(() => undefined))).then(
      (states) => {
        if (run !== generation) return;
        matching.forEach((trigger, index) => {
          const state = states[index];
          if (state === 'dismissed' || (state === 'shown' && trigger.oncePerVisitor)) return;
          timers.push(setTimeout(show, trigger.secondsOnPage * 1000 - (now() - pageStart), trigger));
        });
      },
    );
  };
  const stop = () => {
    generation++;
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };

  return {
    getSnapshot: () => nudge,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        if (listeners.delete(listener) && !listeners.size) stop();
      };
    },
    setPanelOpen(open) {
      panelOpen = open;
      if (!open) return;
      done = true;
      set(null);
    },
    dismiss() {
      if (!nudge) return;
      remember(nudge, 'dismissed');
      set(null);
    },
    navigate() {
      stop();
      set(null);
      done = panelOpen;
      pageStart = now();
      if (listeners.size) start();
    },
  };
}
