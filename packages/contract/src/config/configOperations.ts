import Type from 'typebox';
import { Locale } from '../common/primitives';
import type { OperationSpec } from '../openApi/OperationSpec';
import { WidgetConfig } from './widgetConfigSchemas';

const exampleConfig = {
  widgetKey: 'wk_demo',
  locale: 'en',
  availableLocales: ['en', 'zh-Hans', 'zh-Hant'],
  brand: { name: 'Lumen', color: '#3b5bdb' },
  greeting: {
    title: 'Hi there 👋',
    message: 'Search our help centre or send us a message. We usually reply within a few hours.',
  },
  availability: {
    timeZone: 'Europe/London',
    weekly: [
      { day: 1, opens: '09:00', closes: '17:30' },
      { day: 2, opens: '09:00', closes: '17:30' },
      { day: 3, opens: '09:00', closes: '17:30' },
      { day: 4, opens: '09:00', closes: '17:30' },
      { day: 5, opens: '09:00', closes: '17:30' },
      { day: 6, opens: '10:00', closes: '14:00' },
    ],
    isOpen: false,
    nextOpensAt: '2026-11-23T09:00:00.000Z',
    expectedReplyMinutes: 120,
  },
  forms: {
    preChat: [],
    offline: [
      {
        name: 'plan',
        label: 'Your plan',
        type: 'select',
        required: false,
        options: [
          { value: 'free', label: 'Lumen Free' },
          { value: 'plus', label: 'Lumen Plus' },
          { value: 'team', label: 'Lumen Team' },
        ],
      },
    ],
  },
  limits: {
    messageMaxLength: 10000,
    attachmentMaxBytes: 10485760,
    attachmentTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'],
    attachmentsPerMessage: 10,
  },
  identity: { verification: 'optional' },
  bot: { name: 'Lumen Assistant', avatarUrl: null },
  triggers: [
    {
      id: 'trg_pricing_help',
      pagePattern: '/pricing*',
      secondsOnPage: 20,
      oncePerVisitor: true,
      message:
        'Not sure which plan suits you? Ask us anything. Every paid plan comes with a 14-day money-back guarantee.',
      articles: [
        { id: 'art_compare_plans', title: 'Compare Lumen Free, Plus and Team' },
        { id: 'art_request_refund', title: 'Request a refund' },
      ],
    },
  ],
  capabilities: {
    conversations: true,
    tickets: true,
    knowledgeBase: true,
    attachments: true,
    realtime: true,
    rating: true,
    identity: true,
  },
};

/** Operations of the public widget configuration. @internal */
export const configOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/widget/config',
    operationId: 'getWidgetConfig',
    tag: 'config',
    auth: 'none',
    summary: 'The public configuration of a widget',
    description:
      'Brand, greeting, availability, forms, limits, identity verification, bot, proactive triggers and ' +
      '`capabilities`. Texts (greeting, form labels, trigger messages, article titles) are in the best ' +
      'match for `locale` among the widget translations, `locale` saying which. `availability` is `null` ' +
      'when the widget publishes no hours; otherwise `isOpen` and `nextOpensAt` are computed at request ' +
      "time from the weekly hours in the team's time zone, so they change as time passes. `limits` are " +
      'the ones the server enforces. Sends `ETag`; answers 304 to a matching `If-None-Match`.',
    parameters: [
      {
        name: 'widgetKey',
        in: 'query',
        required: true,
        description: 'The public key of the widget.',
        schema: Type.String({ minLength: 1, maxLength: 200 }),
        example: 'wk_demo',
      },
      {
        name: 'locale',
        in: 'query',
        description: 'Preferred locale (BCP 47); the widget default when none matches.',
        schema: Locale,
        example: 'zh-Hant',
      },
    ],
    responses: {
      200: {
        description: 'The configuration.',
        schema: WidgetConfig,
        example: exampleConfig,
        headers: { ETag: 'Entity tag.' },
      },
      304: { description: 'Not modified since the `If-None-Match` ETag.' },
    },
    errors: [400, 404],
  },
];
