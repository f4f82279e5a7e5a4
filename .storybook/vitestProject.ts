// The `storybook` Vitest project: every story's play function (and its axe check) runs as a test in
// headless Chromium, through Vitest's browser mode. Used from the root vitest.config.ts.
import { fileURLToPath } from 'node:url';
import type { TestProjectConfiguration } from 'vitest/config';
import { findChromium } from '../scripts/findChromium.mjs';

const NAME = 'storybook';

/**
 * Whether a `--project` filter on the command line selects this project. Vitest evaluates every
 * project definition even when it filters projects out afterwards, so without this check
 * `vitest run --project core` would load Storybook and look for a browser for nothing.
 * Mirrors Vitest's own matching (wildcards `*`, negation `!`, case-insensitive).
 */
function isSelected(argv: readonly string[] = process.argv): boolean {
  const filters: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === '--project') filters.push(argv[index + 1] ?? '');
    else if (arg.startsWith('--project=')) filters.push(arg.slice('--project='.length));
  });
  if (filters.length === 0) return true;
  const names = [NAME, `${NAME} (chromium)`];
  return filters.some((filter) => {
    const negated = filter.startsWith('!');
    const body = (negated ? filter.slice(1) : filter)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    const pattern = new RegExp(`^${negated ? `(?!${body}$)` : `${body}$`}`, 'i');
    return names.some((name) => pattern.test(name));
  });
}

/** The project definition; cheap (a name only) when another project is selected. */
export const storybookProject: TestProjectConfiguration = async () => {
  if (!isSelected()) return { test: { name: NAME } };
  // Loaded only now: Storybook's presets and the browser provider cost time other projects need not pay.
  const [{ storybookTest }, { playwright }, { executablePath, args }] = await Promise.all([
    import('@storybook/addon-vitest/vitest-plugin'),
    import('@vitest/browser-playwright'),
    findChromium(),
  ]);
  return {
    plugins: [await storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
    test: {
      name: NAME,
      browser: {
        enabled: true,
        headless: true,
        // With reduced motion (which the widget honours), nothing is caught mid-animation: a panel fading
        // in is at opacity 0 for a frame, which visibility checks would read as hidden.
        provider: playwright({
          launchOptions: { executablePath, args },
          contextOptions: { reducedMotion: 'reduce' },
        }),
        instances: [{ browser: 'chromium' }],
        screenshotFailures: false,
      },
      testTimeout: 15_000,
    },
  };
};
