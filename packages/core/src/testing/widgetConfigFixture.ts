import type { WidgetConfig } from '@parley/contract';

/**
 * A valid `GET /v1/widget/config` body, for tests that serve their own responses. Every optional part is
 * present (availability, bot, a select field with options, a trigger) so hostile-case tests can break each.
 * @internal
 */
export const widgetConfigFixture: WidgetConfig = {
  widgetKey: 'wk_demo',
  locale: 'en',
  availableLocales: ['en', 'zh-Hans'],
  brand: { name: 'Lumen', color: '#3b5bdb' },
  greeting: { title: 'Hi', message: 'How can we help?' },
  availability: {
    timeZone: 'Europe/London',
    weekly: [{ day: 1, opens: '09:00', closes: '17:30' }],
    isOpen: false,
    nextOpensAt: '2026-11-23T09:00:00.000Z',
    expectedReplyMinutes: 60,
  },
  forms: {
    preChat: [{ name: 'email', label: 'Email', type: 'email', required: true }],
    offline: [
      {
        name: 'plan',
        label: 'Your plan',
        type: 'select',
        required: false,
        options: [{ value: 'free', label: 'Free' }],
      },
    ],
  },
  limits: {
    messageMaxLength: 10000,
    attachmentMaxBytes: 10485760,
    attachmentTypes: ['image/*', 'application/pdf'],
    attachmentsPerMessage: 10,
  },
  identity: { verification: 'optional' },
  bot: { name: 'Lumen Assistant', avatarUrl: 'https://example.com/bot.png' },
  triggers: [
    {
      id: 'trg_pricing',
      pagePattern: '/pricing*',
      secondsOnPage: 20,
      oncePerVisitor: true,
      message: 'Questions about plans?',
      articles: [{ id: 'art_compare_plans', title: 'Compare plans' }],
    },
  ],
  capabilities: {
    conversations: false,
    tickets: false,
    knowledgeBase: false,
    attachments: false,
    realtime: false,
    rating: false,
    identity: false,
  },
};
