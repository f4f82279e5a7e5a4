import type { KeyValueStorage, Trigger } from '@parley/core';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { useStore } from '../hooks/useStore';
import { createNudges, type Nudges } from './createNudges';

/** What {@link useNudge} returns. */
export interface NudgeState {
  /** The trigger whose nudge shows by the launcher (message and articles), or `null`. */
  trigger: Trigger | null;
  /** Call when the visitor closes the nudge: it is remembered. */
  dismiss: Nudges['dismiss'];
  /** Call when the host page changes without a reload. */
  navigate: Nudges['navigate'];
}

/**
 * The proactive nudge to show by the launcher, from the config's triggers (see `createNudges`), for as long
 * as the component is mounted.
 *
 * @param storage where dismissals are remembered; one that obeys the visitor's storage consent.
 * @param panelOpen whether the panel is open: no nudge shows while it is, nor on this page after it was.
 * @param page the host page's address; when its path changes (a single-page app moved), the triggers start
 *   over (they match on the path: another query string or fragment is the same page).
 * @example
 * ```tsx
 * const { trigger, dismiss } = useNudge(config.triggers, storage, open);
 * return trigger && <Nudge message={trigger.message} articles={trigger.articles} onClose={dismiss} />;
 * ```
 */
export function useNudge(
  triggers: readonly Trigger[],
  storage: KeyValueStorage,
  panelOpen: boolean,
  page?: string,
): NudgeState {
  const nudges = useMemo(() => createNudges({ triggers, storage }), [triggers, storage]);
  // Before the subscription below starts the timers, so a panel open from the start is known.
  useLayoutEffect(() => nudges.setPanelOpen(panelOpen), [nudges, panelOpen]);
  const path = page?.replace(/[?#].*/s, '');
  const shownPath = useRef(path);
  useLayoutEffect(() => {
    if (path === shownPath.current) return;
    shownPath.current = path;
    nudges.navigate();
  }, [nudges, path]);
  return { trigger: useStore(nudges), dismiss: nudges.dismiss, navigate: nudges.navigate };
}
