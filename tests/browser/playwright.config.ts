// Real-browser tests of the built script-tag widget against the reference server.
// Run: npx playwright test -c tests/browser/playwright.config.ts (after `npm run build`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findChromium } from '../../scripts/findChromium.mjs';

// Never `playwright install` (it downloads): launch a local Chromium by path instead.
const { executablePath, args } = await findChromium();
const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: fromRoot('test-results/browser'),
  reporter: [['list'], ['json', { outputFile: fromRoot('test-results/browser.json') }]],
  // One reference server per worker; the specs are few and fast.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  globalTimeout: 10 * 60_000,
  expect: { timeout: 5_000 },
  use: {
    headless: true,
    actionTimeout: 5_000,
    navigationTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium', launchOptions: { executablePath, args } },
    },
  ],
});
