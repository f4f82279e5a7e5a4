import type { WidgetInstance } from '../createWidgetInstance';
import type { WidgetRoute } from './WidgetRoute';

/**
 * Opens the panel on `route`, above home (Back leads home), as a host's command or a deep link asks.
 * @internal
 */
export function showInPanel(instance: WidgetInstance, route: WidgetRoute): void {
  const { navigation } = instance;
  navigation.reset();
  if (route.view !== 'home') navigation.push(route);
  instance.setOpen(true);
}
