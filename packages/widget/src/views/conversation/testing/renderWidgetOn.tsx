import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { render, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Widget } from '../../../components/Widget';
import { englishMessages } from '../../../i18n/messages';
import { createNavigation, type Navigation } from '../../../navigation/createNavigation';
import type { WidgetRoute } from '../../../navigation/WidgetRoute';
import { testBaseUrl } from '../../../testing/setupParleyServer';

/** A client of the demo widget on the test engine, with storage of its own. @internal */
export const testClient = (): ParleyClient =>
  createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });

/**
 * Renders the real widget open on `route`, above home (so Back works), with `client`: what a visitor
 * sees, for view tests.
 * @internal
 */
export function renderWidgetOn(route: WidgetRoute, client: ParleyClient = testClient()) {
  const navigation: Navigation = createNavigation();
  navigation.push(route);
  const result = render(
    <Widget
      client={client}
      open
      onOpenChange={() => {}}
      messages={englishMessages}
      theme="light"
      idPrefix="test"
      navigation={navigation}
    />,
  );
  return {
    client,
    navigation,
    unmount: result.unmount,
    user: userEvent.setup(),
    panel: within(result.getByRole('dialog')),
  };
}
