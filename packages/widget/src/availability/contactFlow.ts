import type { Capabilities } from '@parley/core';
import type { AvailabilityStatus } from './availabilityAt';

/**
 * What "message us" leads to:
 * - `conversation`: live chat (while open; also while away when there is no offline form to offer);
 * - `offlineForm`: a message that becomes a ticket, answered by email (while away, or when the backend has
 *   no conversations);
 * - `none`: the backend offers neither, so the widget shows no way to write.
 */
export type ContactFlow = 'conversation' | 'offlineForm' | 'none';

/**
 * Which way of writing to the team applies, from the backend's capabilities and the team's availability.
 *
 * @example
 * ```ts
 * contactFlow(config.capabilities, availabilityAt(config.availability, Date.now())); // 'offlineForm' at night
 * ```
 */
export function contactFlow(
  { conversations, tickets }: Pick<Capabilities, 'conversations' | 'tickets'>,
  status: AvailabilityStatus,
): ContactFlow {
  if (conversations && (status.kind === 'open' || !tickets)) return 'conversation';
  return tickets ? 'offlineForm' : 'none';
}
