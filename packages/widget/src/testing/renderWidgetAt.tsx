import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { type BoundFunctions, type queries, render, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Widget } from '../components/Widget';
import { englishMessages } from '../i18n/englishMessages';
import { createNavigation, type Navigation } from '../navigation/createNavigation';
import type { WidgetRoute } from '../navigation/WidgetRoute';
import { testBaseUrl } from './setupParleyServer';

/** A client of the demo widget on the test engine (see `setupParleyServer`), with storage of its own. @internal */
export const testClient = (): ParleyClient =>
  createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });

/** What a view test works with. @internal */
export interface RenderedWidget {
  client: ParleyClient;
  navigation: Navigation;
  user: ReturnType<typeof userEvent.setup>;
  /** Queries inside the open panel. */
  panel: BoundFunctions<typeof queries>;
  unmount: () => void;
}

/**
 * Renders the real widget in English, open on `route` (on top of home, so Back works), with `client`: what a
 * visitor sees, for view tests.
 * @internal
 */
export function renderWidgetAt(route: WidgetRoute, client: ParleyClient = testClient()): RenderedWidget {
  const navigation = createNavigation();
  navigation.push(route);
  const { getByRole, unmount } = render(
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
  return { client, navigation, user: userEvent.setup(), panel: within(getByRole('dialog')), unmount };
}
