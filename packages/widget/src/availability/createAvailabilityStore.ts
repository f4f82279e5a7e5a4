import type { Availability, Store } from '@parley/core';
import { type AvailabilityStatus, availabilityAt } from './availabilityAt';

/** Options for {@link createAvailabilityStore}. */
export interface AvailabilityStoreOptions {
  /**
   * The current time, in epoch ms.
   * @default Date.now
   */
  now?: () => number;
}

// Timers drift while a computer sleeps: look again at least this often.
const RECHECK_MS = 600_000;

/**
 * The team's availability as a store that changes by itself when the team opens or closes. The first
 * subscriber starts a timer for the next change; the last one to leave stops it. An unchanged status keeps
 * its identity.
 *
 * @param availability the config's `availability` (`null`: always open).
 * @example
 * ```ts
 * const store = createAvailabilityStore(config.availability);
 * const stop = store.subscribe(() => render(store.getSnapshot()));
 * ```
 */
export function createAvailabilityStore(
  availability: Availability | null,
  { now = Date.now }: AvailabilityStoreOptions = {},
): Store<AvailabilityStatus> {
  const listeners = new Set<() => void>();
  const key = (status: AvailabilityStatus) =>
    `${status.kind}${+(status.kind === 'open' ? (status.closesAt ?? 0) : (status.backAt ?? 0))}`;
  let snapshot = availabilityAt(availability, now());
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    const next = availabilityAt(availability, now());
    if (key(next) !== key(snapshot)) {
      snapshot = next;
      for (const listener of [...listeners]) listener();
    }
    const change = snapshot.kind === 'open' ? snapshot.closesAt : snapshot.backAt;
    if (change && listeners.size) timer = setTimeout(check, Math.min(+change - now(), RECHECK_MS));
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) check();
      return () => {
        if (listeners.delete(listener) && !listeners.size) clearTimeout(timer);
      };
    },
  };
}
