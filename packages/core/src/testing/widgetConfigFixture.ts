import type { WidgetConfig } from '../config/WidgetConfig';

/**
 * A valid `GET /v1/widget/config` body, for tests that serve their own responses.
 * @internal
 */
export const widgetConfigFixture: WidgetConfig = {
  widgetKey: 'wk_demo',
  locale: 'en',
  brand: { name: 'Lumen', color: '#3b5bdb' },
  greeting: { title: 'Hi', message: 'How can we help?' },
  capabilities: { conversations: false, tickets: false, knowledgeBase: false, attachments: false },
};
