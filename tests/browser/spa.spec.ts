// The widget in a single-page app, in a real Chromium, against the reference server (fixtures/spa.html): the
// app moves with history.pushState and Back, wraps pushState itself (as analytics scripts do), and hosts two
// widgets: `Parley` (script tag, key wk_demo) and a second one from the npm build's mount() (key wk_second).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  createMemoryStore,
  demoContent,
  type RunningServer,
  type SeedContent,
  startServer,
} from '../../packages/server/src/index.ts';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { pointAtLauncher } from './fixtures/hostileJourney.ts';
import { requireWidgetBundles } from './fixtures/requireWidgetBundles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const moduleDir = (name: string) => join(root, 'node_modules', name);

let server: RunningServer;

test.beforeAll(async () => {
  const requireWidget = requireWidgetBundles();
  const [demo] = demoContent.widgets;
  if (!demo) throw new Error('the demo content has no widget');
  // A second widget, as another team of the same company would have: its own key, brand and data.
  const seed: SeedContent = {
    ...demoContent,
    widgets: [
      ...demoContent.widgets,
      { ...demo, key: 'wk_second', brand: { name: 'Orbit', color: '#0b7a5c' } },
    ],
  };
  server = await startServer({
    port: 0,
    store: createMemoryStore({ seed }),
    staticRoutes: [
      { urlPrefix: '/cdn/', dir: requireWidget },
      { urlPrefix: '/widget/', dir: dirname(requireWidget) },
      { urlPrefix: '/core/', dir: join(root, 'packages/core/dist') },
      { urlPrefix: '/fixtures/', dir: fixturesDir },
      ...['preact', 'idb-keyval', 'mitt'].map((name) => ({
        urlPrefix: `/vendor/${name}/`,
        dir: moduleDir(name),
      })),
    ],
  });
});

test.afterAll(async () => {
  await server?.close();
});

type SpaWindow = Window & {
  Parley: (...args: unknown[]) => unknown;
  secondWidget?: { getState(): { visitor: { contactId: string | null } }; destroy(): void; open(): void };
  spaPushes: string[];
  spaAnalyticsPushState: History['pushState'];
};

/** The two widgets' host elements: the script tag's (Lumen) and mount()'s (Orbit). */
function widgets(page: Page): { lumen: Locator; orbit: Locator } {
  return {
    lumen: page
      .locator('[data-parley-widget]')
      .filter({ has: page.getByRole('button', { name: 'Help', exact: true }) }),
    orbit: page
      .locator('[data-parley-widget]')
      .filter({ has: page.getByRole('button', { name: 'Orbit help', exact: true }) }),
  };
}

/** Opens the app with both widgets in place; without the Navigation API when `historyOnly`. */
async function openApp(page: Page, historyOnly = false) {
  if (historyOnly) {
    // Browsers without the Navigation API: the widget follows the app through history's methods.
    await page.addInitScript(() => Object.defineProperty(window, 'navigation', { value: undefined }));
  }
  await page.goto(`${server.url}/fixtures/spa.html`);
  // The script tag's widget waits, dormant, behind the loader's launcher until the visitor comes near it.
  await pointAtLauncher(page);
  const both = widgets(page);
  await expect(both.lumen).toHaveCount(1);
  await expect(both.orbit).toHaveCount(1);
  return both;
}

for (const historyOnly of [false, true]) {
  test(`a route change asks for the new page's suggested articles, and the app's own history wrapper keeps working (${
    historyOnly ? 'history methods' : 'Navigation API'
  })`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const suggested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/v1/kb/suggest' && url.searchParams.get('widgetKey') === 'wk_demo') {
        suggested.push(new URL(url.searchParams.get('pageUrl') ?? '').pathname);
      }
    });
    const { lumen } = await openApp(page, historyOnly);
    await lumen.getByRole('button', { name: 'Help', exact: true }).click();
    await expect(lumen.getByRole('dialog', { name: 'Lumen' }).getByText('Hi there 👋')).toBeVisible();
    const home = '/fixtures/spa.html';
    const pricing = `${home}/pricing`;
    await expect.poll(() => suggested).toEqual([home]);

    await page.getByRole('button', { name: 'Pricing' }).click();
    await expect(page.getByRole('heading', { name: 'Pricing' })).toBeVisible();
    await expect.poll(() => suggested).toEqual([home, pricing]);
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
    await expect.poll(() => suggested).toEqual([home, pricing, home]);
    // A new query string is the same page: nothing to ask again.
    await page.evaluate(() => history.replaceState(null, '', '?tab=2'));
    await page.getByRole('button', { name: 'Docs' }).click();
    await expect.poll(() => suggested).toEqual([home, pricing, home, `${home}/docs`]);
    expect(await page.evaluate(() => (window as unknown as SpaWindow).spaPushes)).toEqual([
      pricing,
      `${home}/docs`,
    ]);

    // Both widgets gone, the app's own pushState is history's again (a wrapper of one widget that the other
    // wrapped steps out at the next move).
    await page.evaluate(() => {
      const win = window as unknown as SpaWindow;
      win.Parley('shutdown');
      win.secondWidget?.destroy();
    });
    await page.getByRole('button', { name: 'Pricing' }).click();
    expect(
      await page.evaluate(() => history.pushState === (window as unknown as SpaWindow).spaAnalyticsPushState),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as SpaWindow).spaPushes)).toEqual([
      pricing,
      `${home}/docs`,
      pricing,
    ]);
    expect(errors).toEqual([]);
  });
}

test('the open view, what was typed in it and the way back survive the app’s route changes and a reload', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const { lumen } = await openApp(page);
  await lumen.getByRole('button', { name: 'Help', exact: true }).click();
  const panel = lumen.getByRole('dialog', { name: 'Lumen' });
  await panel.getByRole('searchbox', { name: 'Search for help' }).fill('export');
  await expect(panel.getByRole('status').filter({ hasText: /\d+ results?$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Pricing' }).click();
  await expect(page.getByRole('heading', { name: 'Pricing' })).toBeVisible();
  await expect(panel.getByRole('searchbox', { name: 'Search for help' })).toHaveValue('export');

  // Back to the app's first page (the one the server serves), and a reload.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
  await page.reload();
  const again = widgets(page).lumen.getByRole('dialog', { name: 'Lumen' });
  await expect(again.getByRole('searchbox', { name: 'Search for help' })).toHaveValue('export');
  // The way back was kept too: Back leads home.
  await again.getByRole('button', { name: 'Back' }).click();
  await expect(again.getByText('Hi there 👋')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the draft of a new message survives a reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  // Wednesday 11:00 UTC, when the demo team is at work: the message goes to a new conversation.
  const now = new Date();
  now.setUTCHours(11, 0, 0, 0);
  while (now.getUTCDay() !== 3 || +now >= Date.now()) now.setUTCDate(now.getUTCDate() - 1);
  await page.clock.setFixedTime(now);
  const { lumen } = await openApp(page);
  await page.evaluate(() => (window as unknown as SpaWindow).Parley('showNewMessage'));
  const panel = lumen.getByRole('dialog', { name: 'Lumen' });
  const box = panel.getByRole('textbox', { name: 'Message' });
  await box.fill('My export is empty');
  await page.reload();
  await expect(widgets(page).lumen.getByRole('textbox', { name: 'Message' })).toHaveValue(
    'My export is empty',
  );
  expect(errors).toEqual([]);
});

test('two widgets with different keys live on one page, each on its own', async ({ page }) => {
  const errors = collectPageErrors(page);
  const { lumen, orbit } = await openApp(page);
  await orbit.getByRole('button', { name: 'Orbit help', exact: true }).click();
  const orbitPanel = orbit.getByRole('dialog', { name: 'Orbit' });
  await expect(orbitPanel.getByText('Hi there 👋')).toBeVisible();
  await expect(lumen.getByRole('dialog')).toHaveCount(0);

  await lumen.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(lumen.getByRole('dialog', { name: 'Lumen' })).toBeVisible();
  await expect(orbitPanel).toBeVisible();
  await lumen
    .getByRole('dialog', { name: 'Lumen' })
    .getByRole('searchbox', { name: 'Search for help' })
    .fill('x');

  // A visitor session for the Lumen widget only; each widget keeps its state under its own key.
  await page.evaluate(() => (window as unknown as SpaWindow).Parley('update', { name: 'Ada' }));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as SpaWindow).Parley('getState')))
    .toMatchObject({ visitor: { status: 'ready' } });
  expect(
    await page.evaluate(() => (window as unknown as SpaWindow).secondWidget?.getState().visitor.contactId),
  ).toBeNull();
  const stateKeys = await page.evaluate(() => Object.keys(sessionStorage).sort());
  expect(stateKeys).toEqual(['parley:wk_demo:state', 'parley:wk_second:state']);

  // Closing one leaves the other open.
  await page.keyboard.press('Escape');
  await expect(lumen.getByRole('dialog')).toHaveCount(0);
  await expect(orbitPanel).toBeVisible();
  expect(errors).toEqual([]);
});
