import type { Availability } from '@parley/core';
import { useMemo } from 'preact/hooks';
import { useStore } from '../hooks/useStore';
import type { AvailabilityStatus } from './availabilityAt';
import { createAvailabilityStore } from './createAvailabilityStore';

/**
 * The team's availability, re-rendering when the team opens or closes while the component is mounted.
 *
 * @param availability the config's `availability` (`null`: always open).
 * @example
 * ```tsx
 * const status = useAvailability(config.availability);
 * return status.kind === 'away' ? <Away backAt={status.backAt} /> : <ReplyTime minutes={status.replyMinutes} />;
 * ```
 */
export function useAvailability(availability: Availability | null): AvailabilityStatus {
  return useStore(useMemo(() => createAvailabilityStore(availability), [availability]));
}
