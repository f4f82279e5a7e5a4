import type { SeedContent } from './SeedContent';

/**
 * The demo content both stores start with: the support team of Lumen, a fictional note-taking app,
 * in English, Simplified Chinese and Traditional Chinese.
 *
 * The demo widget `wk_demo` allows any origin (`allowedOrigins: ['*']`) so that the examples, Storybook and
 * tests can call it from wherever they are served. A real widget should list its sites instead.
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
    },
  ],
};
