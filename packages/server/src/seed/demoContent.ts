import {
  lumenArticles,
  lumenBusinessHours,
  lumenCollections,
  lumenTickets,
  lumenTriggers,
} from './lumenHelpCentre';
import type { SeedContent } from './SeedContent';

/**
 * The demo content both stores start with: the support team of Lumen, a fictional note-taking app,
 * in English, Simplified Chinese and Traditional Chinese, with its help centre, business hours
 * (London), proactive messages and a few tickets.
 *
 * Two widgets:
 * - `wk_demo` allows any origin (`allowedOrigins: ['*']`) so that the examples, Storybook and tests can
 *   call it from wherever they are served (a real widget lists its sites instead). Identity verification
 *   is optional; its secret is `demo-secret-change-me`. The bot "Lumen Assistant" answers first.
 * - `wk_verified` ("Lumen Enterprise") accepts verified identities only (secret
 *   `verified-secret-change-me`) and only from `https://app.lumen.example`; people answer, and it
 *   publishes no business hours.
 *
 * The secrets are public: never reuse them.
 *
 * @example
 * ```ts
 * const store = createMemoryStore({ seed: demoContent });
 * ```
 */
export const demoContent: SeedContent = {
  widgets: [
    {
      key: 'wk_demo',
      brand: { name: 'Lumen', color: '#3b5bdb' },
      defaultLocale: 'en',
      allowedOrigins: ['*'],
      translations: [
        {
          locale: 'en',
          greeting: {
            title: 'Hi there 👋',
            message: 'Search our help centre or send us a message. We usually reply within a few hours.',
          },
        },
        {
          locale: 'zh-Hans',
          greeting: {
            title: '你好 👋',
            message: '搜索帮助中心，或者给我们留言。我们通常会在几小时内回复。',
          },
        },
        {
          locale: 'zh-Hant',
          greeting: {
            title: '你好 👋',
            message: '搜尋說明中心，或傳訊息給我們。我們通常會在幾小時內回覆。',
          },
        },
      ],
      secret: 'demo-secret-change-me',
      identityVerification: 'optional',
      bot: { name: 'Lumen Assistant', avatarUrl: null },
      forms: {
        preChat: [],
        offline: [
          {
            name: 'plan',
            label: { en: 'Your plan', 'zh-Hans': '你的套餐', 'zh-Hant': '你的方案' },
            type: 'select',
            required: false,
            options: [
              { value: 'free', label: { en: 'Lumen Free' } },
              { value: 'plus', label: { en: 'Lumen Plus' } },
              { value: 'team', label: { en: 'Lumen Team' } },
            ],
          },
        ],
      },
    },
    {
      key: 'wk_verified',
      brand: { name: 'Lumen Enterprise', color: '#5f3dc4' },
      defaultLocale: 'en',
      allowedOrigins: ['https://app.lumen.example'],
      translations: [
        {
          locale: 'en',
          greeting: {
            title: 'Welcome back',
            message: 'Your account team is here to help. Send us a message and we will reply by email too.',
          },
        },
        {
          locale: 'zh-Hans',
          greeting: {
            title: '欢迎回来',
            message: '你的客户团队随时为你服务。给我们留言，我们也会通过电子邮件回复。',
          },
        },
        {
          locale: 'zh-Hant',
          greeting: {
            title: '歡迎回來',
            message: '你的客戶團隊隨時為你服務。傳訊息給我們，我們也會透過電子郵件回覆。',
          },
        },
      ],
      secret: 'verified-secret-change-me',
      identityVerification: 'required',
      bot: null,
    },
  ],
  collections: lumenCollections,
  articles: lumenArticles,
  businessHours: [lumenBusinessHours],
  triggers: lumenTriggers,
  tickets: lumenTickets,
};
