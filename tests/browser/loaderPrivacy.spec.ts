// "The host page does not notice us", in a real Chromium: the snippet and the loader add no long task, make no
// request but the loader's before intent or idle, set no cookie, and write nothing to the visitor's device
// before the visitor interacts, even once the widget has loaded at idle. Page: fixtures/loaderSnippet.html (the
// documented snippet in its head), served by the reference server with the built bundles.
import { expect, type Page, test } from '@playwright/test';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { duringOpeningHours, openHelp } from './fixtures/hostileJourney.ts';
import { holdIdle, loaderLauncher, visibleLauncher, widgetLauncher } from './fixtures/loaderPage.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';

const fixturesDir = new URL('./fixtures/', import.meta.url).pathname;

const server = serveWidgetPages([{ urlPrefix: '/', dir: fixturesDir }]);

/** Records the page's long tasks (each over 50 ms by definition) from its very start. */
async function recordLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.addInitScript(() => {
    const durations: number[] = [];
    Object.assign(window, { longTaskDurations: durations });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  return () =>
    page.evaluate(async () => {
      // Observers report after the task: let two frames go by first.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return (window as unknown as { longTaskDurations: number[] }).longTaskDurations;
    });
}

/** Everything the page keeps on the visitor's device. */
async function deviceStorage(page: Page) {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => ({
    indexedDb: (await indexedDB.databases()).map(({ name }) => name),
    localStorage: localStorage.length,
    // The panel's state (open view, drafts) is kept for the tab once the visitor used the widget: see below.
    sessionStorage: Object.keys(sessionStorage).filter((key) => !/^parley:[^:]+:state$/.test(key)).length,
    panelState: Object.keys(sessionStorage).filter((key) => /^parley:[^:]+:state$/.test(key)).length,
    documentCookie: document.cookie,
  }));
  return { cookies: cookies.map(({ name }) => name), ...inPage };
}

const nothingStored = {
  cookies: [],
  indexedDb: [],
  localStorage: 0,
  sessionStorage: 0,
  panelState: 0,
  documentCookie: '',
};

test('before intent or idle: the loader is the only request, with no long task, no cookie and no storage', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const longTasks = await recordLongTasks(page);
  const idle = await holdIdle(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));

  await page.goto(`${server.url}/loaderSnippet.html`);
  await expect(loaderLauncher(page)).toBeVisible();
  // The loader waits for the browser to be idle after the page's load: it has asked, and is still waiting.
  await expect.poll(() => idle.calls()).toHaveLength(1);
  // The visitor reads and types, nowhere near the launcher.
  await page.getByRole('textbox', { name: 'Notes' }).fill('A note');

  expect(requests).toEqual(['/loaderSnippet.html', '/cdn/parley-loader.js']);
  expect(await longTasks()).toEqual([]);
  expect(await deviceStorage(page)).toEqual(nothingStored);
  expect(errors).toEqual([]);
});

test('once the widget has loaded at idle, it has fetched its configuration and still stored nothing', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const configLoaded = page.waitForResponse((response) =>
    /\/config\b/.test(new URL(response.url()).pathname),
  );

  await page.goto(`${server.url}/loaderSnippet.html`);
  // Nobody touched anything: the browser became idle and the bundle loaded. The widget's client started
  // (its configuration, a look for a stored session), while the widget waits, dormant, behind the loader's
  // launcher: nothing on this page is for this visitor yet.
  await configLoaded;
  await expect(loaderLauncher(page)).toBeVisible();
  await expect(page.locator('[data-parley-widget]')).toHaveCount(0);
  // The widget looked for a returning visitor's session (reading creates no database) and found none.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));

  expect(requests).toContain('/cdn/parley.js');
  expect(await deviceStorage(page)).toEqual(nothingStored);

  // Opening the panel (the click wakes the widget) and looking around is not storing anything either.
  await visibleLauncher(page).click();
  await expect(widgetLauncher(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('dialog', { name: 'Lumen' }).getByText('Hi there 👋')).toBeVisible();
  // Opening the panel is the visitor's first use of it: the panel's state is now kept for this tab (so a
  // reload or the app's next page shows it as it was), and nothing else.
  await expect.poll(async () => (await deviceStorage(page)).panelState).toBe(1);
  expect(await deviceStorage(page)).toEqual({ ...nothingStored, panelState: 1 });
  expect(errors).toEqual([]);
});

test('with consent pending, a visitor can talk to the team and nothing is stored, until the page records their yes', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.clock.setFixedTime(duringOpeningHours());
  await page.goto(`${server.url}/loaderConsent.html`);

  // The whole journey: opening, moving about, a conversation with the bot (a session in memory only).
  const panel = await openHelp(page);
  await panel.getByRole('button', { name: 'Send us a message' }).click();
  await panel.getByRole('textbox', { name: 'Message' }).fill('Can I export my notes?');
  await panel.getByRole('button', { name: 'Send', exact: true }).click();
  const log = panel.getByRole('log', { name: 'Messages' });
  await expect(log.getByText(/Here are some articles that might help/)).toBeVisible();
  expect(await deviceStorage(page)).toEqual(nothingStored);

  // The site's cookie banner says yes: the session and the panel's state reach the device.
  await page.evaluate(() =>
    (window as unknown as { Parley: (...args: unknown[]) => unknown }).Parley('setConsent', 'granted'),
  );
  await expect.poll(async () => (await deviceStorage(page)).indexedDb).toEqual(['parley-wk_demo']);
  await panel.getByRole('textbox', { name: 'Message' }).fill('Thanks!');
  await expect.poll(async () => (await deviceStorage(page)).panelState).toBe(1);
  expect(errors).toEqual([]);
});
