import { ParleyError } from '@parley/core';
import { availabilityAt } from '../availability/availabilityAt';
import { reportProblem } from '../commands/reportProblem';
import type { WidgetInstance } from '../createWidgetInstance';
import { contactRoute } from '../views/home/contactRoute';
import { showInPanel } from './showInPanel';

/**
 * Opens the panel on a new message to the team with `text` typed: the new conversation while the team is
 * there, the offline form while it is away (or without chat), as "Send us a message" does. Without `text`, a
 * draft the visitor left stays. The way depends on the configuration: until it has loaded the panel shows
 * home, and it is not applied when the panel moved or closed meanwhile.
 * @returns whether it opened (`false`: the backend offers no way to write, or the configuration failed).
 * @internal
 */
export async function openNewMessage(instance: WidgetInstance, text: string): Promise<boolean> {
  if (text) instance.settings.drafts?.set('new', text);
  const { navigation } = instance;
  showInPanel(instance, { view: 'home' });
  const shown = navigation.getSnapshot();
  try {
    const config = await instance.client.config();
    const route = contactRoute(config.capabilities, availabilityAt(config.availability, Date.now()), text);
    if (!route) {
      reportProblem(
        instance,
        new ParleyError('invalid_request', 'This widget offers no way to write to the team.'),
      );
      return false;
    }
    if (navigation.getSnapshot() === shown && instance.isOpen()) showInPanel(instance, route);
    return true;
  } catch {
    // The panel says that the configuration did not load, with "Try again"; the error event told the host.
    return false;
  }
}
