import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { type BoundFunctions, type queries, render, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { Widget } from '../../../components/Widget';
import { englishMessages } from '../../../i18n/messages';
import { createNavigation, type Navigation } from '../../../navigation/createNavigation';
import type { WidgetRoute } from '../../../navigation/WidgetRoute';
import { testBaseUrl } from '../../../testing/setupParleyServer';

/** What a view test works with. @internal */
export interface RenderedWidget {
  client: ParleyClient;
  navigation: Navigation;
  user: ReturnType<typeof userEvent.setup>;
  /** Queries inside the open panel. */
  panel: BoundFunctions<typeof queries>;
}

/**
 * Renders the real widget, open on `route` (on top of home, so Back works), with a fresh client on the
 * reference engine (see `setupParleyServer`), the way a visitor would see it.
 * @internal
 */
export function renderWidgetAt(route: WidgetRoute, client?: ParleyClient): RenderedWidget {
  const ownClient =
    client ?? createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });
  const navigation = createNavigation();
  navigation.push(route);
  const { getByRole } = render(
    <Widget
      client={ownClient}
      open
      onOpenChange={() => {}}
      messages={englishMessages}
      theme="light"
      idPrefix="test"
      navigation={navigation}
    />,
  );
  return {
    client: ownClient,
    navigation,
    user: userEvent.setup(),
    panel: within(getByRole('dialog')),
  };
}
