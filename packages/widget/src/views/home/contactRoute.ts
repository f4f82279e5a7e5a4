import type { Capabilities } from '@parley/core';
import type { AvailabilityStatus } from '../../availability/availabilityAt';
import { contactFlow } from '../../availability/contactFlow';
import type { WidgetRoute } from '../../navigation/WidgetRoute';

/**
 * Where "send us a message" leads: the new-conversation view, the offline form (while the team is away,
 * or without chat), or nowhere when the backend offers no way to write (the button is then hidden).
 *
 * @param text - A draft to start the message with.
 * @example
 * ```ts
 * contactRoute(config.capabilities, availabilityAt(config.availability, Date.now())); // { view: 'offlineForm', text: '' } at night
 * ```
 * @internal
 */
export function contactRoute(
  capabilities: Pick<Capabilities, 'conversations' | 'tickets'>,
  status: AvailabilityStatus,
  text = '',
): WidgetRoute | undefined {
  const flow = contactFlow(capabilities, status);
  if (flow === 'none') return undefined;
  return { view: flow === 'conversation' ? 'newConversation' : 'offlineForm', text };
}
