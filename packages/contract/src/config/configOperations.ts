import Type from 'typebox';
import { Locale } from '../common/primitives';
import type { OperationSpec } from '../openApi/OperationSpec';
import { WidgetConfig } from './widgetConfigSchemas';

const exampleConfig = {
  widgetKey: 'wk_demo',
  locale: 'en',
  availableLocales: ['en', 'zh-Hans', 'zh-Hant'],
  brand: { name: 'Lumen', color: '#3b5bdb' },
  greeting: { title: 'Hi there 👋', message: 'Search our help centre or send us a message.' },
  availability: {
    timeZone: 'Europe/London',
    weekly: [{ day: 1, opens: '09:00', closes: '17:30' }],
    isOpen: true,
    nextOpensAt: null,
    expectedReplyMinutes: 120,
  },
  forms: { preChat: [], offline: [] },
  limits: {
    messageMaxLength: 10000,
    attachmentMaxBytes: 10485760,
    attachmentTypes: ['image/*', 'application/pdf', 'text/plain'],
    attachmentsPerMessage: 10,
  },
  identity: { verification: 'optional' },
  bot: { name: 'Lumen Assistant', avatarUrl: null },
  triggers: [],
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
      'Brand, greeting, availability, forms, limits, proactive triggers and `capabilities`. Texts are in ' +
      'the best match for `locale` among the widget translations. Sends `ETag`; answers 304 to a matching ' +
      '`If-None-Match`.',
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
