import { defineConfig } from 'vitest/config';

// Tests run from source: the `source` export condition points @parley/* at src/.
const fromSource = { resolve: { conditions: ['source'] } };

export default defineConfig({
  define: { __DEV__: 'true' },
  test: {
    projects: [
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
        test: { name: 'server', include: ['packages/server/src/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
