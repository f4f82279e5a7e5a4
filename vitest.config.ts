import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { storybookProject } from './.storybook/vitestProject.ts';

// Tests run from source: the `@parley/source` export condition points @parley/* at src/, in browser-like
// environments (resolve) and in the node environment (ssr.resolve) alike. (Named after the scope: a plain
// `source` condition would also be chosen by apps whose bundler sets one, and src/ is not published.)
const fromSource = {
  resolve: { conditions: ['@parley/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@parley/source', ...defaultServerConditions] } },
};

export default defineConfig({
  define: { __DEV__: 'true' },
  test: {
    projects: [
      {
        ...fromSource,
        test: { name: 'contract', include: ['packages/contract/src/**/*.test.ts'], environment: 'node' },
      },
      {
        ...fromSource,
        define: { __DEV__: 'true' },
        test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node' },
      },
      {
        ...fromSource,
        define: { __DEV__: 'true' },
        test: {
          name: 'widget',
          include: ['packages/widget/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        ...fromSource,
        define: { __DEV__: 'true' },
        test: {
          name: 'bindings',
          include: [
            'packages/react/src/**/*.test.{ts,tsx}',
            'packages/vue/src/**/*.test.ts',
            'packages/element/src/**/*.test.ts',
          ],
          environment: 'happy-dom',
        },
      },
      {
        ...fromSource,
        test: {
          name: 'adapters',
          include: ['packages/adapter-*/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        ...fromSource,
        test: { name: 'server', include: ['packages/server/src/**/*.test.ts'], environment: 'node' },
      },
      {
        ...fromSource,
        test: {
          name: 'conformance',
          include: ['packages/conformance/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: { name: 'scripts', include: ['scripts/**/*.test.mjs'], environment: 'node' },
      },
      // Story play functions + axe in headless Chromium (defined in .storybook/vitestProject.ts).
      storybookProject,
    ],
  },
});
