import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { render } from '@testing-library/preact';
import { onTestFinished } from 'vitest';
import { Widget } from '../../../components/Widget';
import { catalog as en } from '../../../i18n/catalogs/en';
import { catalog as zhHans } from '../../../i18n/catalogs/zh-Hans';
import { createNavigation, type Navigation } from '../../../navigation/createNavigation';
import type { WidgetRoute } from '../../../navigation/WidgetRoute';
import { testBaseUrl } from '../../../testing/setupParleyServer';

/**
 * Renders the real widget, open on `route`, with a real client (memory storage) talking to the reference
 * engine through the test's MSW server (see setupParleyServer). The client is destroyed when the test ends.
 * @internal
 */
export function renderView(
  route: WidgetRoute,
  language: 'en' | 'zh-Hans' = 'en',
): { client: ParleyClient; navigation: Navigation } {
  const client = createClient({
    baseUrl: testBaseUrl,
    widgetKey: 'wk_demo',
    locale: language,
    storage: createMemoryStorage(),
  });
  onTestFinished(() => client.destroy());
  const navigation = createNavigation(route);
  render(
    <Widget
      client={client}
      open
      onOpenChange={() => {}}
      messages={language === 'en' ? en : zhHans}
      theme="light"
      locale={language}
      navigation={navigation}
      idPrefix="t"
    />,
  );
  return { client, navigation };
}
