import type { StorybookConfig } from '@storybook/preact-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/preact-vite',
  stories: ['../packages/widget/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The MSW service worker (mockServiceWorker.js) is served from the root of the origin.
  staticDirs: ['./public'],
  // The network reaches only the npm registry: nothing should try to phone home.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Stories run the packages from source (`@parley/source` export condition), like the unit tests.
      resolve: { conditions: ['@parley/source', ...defaultClientConditions] },
      // The preact framework adds no JSX plugin: without this, files outside the widget's tsconfig
      // (like .storybook/preview.tsx) would be compiled for React and render nothing.
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      // Pre-bundled once, so a late discovery does not reload the page (and two Preact copies never meet).
      optimizeDeps: {
        include: [
          'preact',
          'preact/hooks',
          'preact/jsx-runtime',
          'preact/jsx-dev-runtime',
          'msw',
          'msw/browser',
          'valibot',
          'hono',
          'storybook/viewport',
        ],
      },
      define: { __DEV__: 'true' },
      // Storybook's own manager and axe are large by nature; the widget's budgets are checked elsewhere.
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
