// What a visitor of the script-tag demo does, in a real Chromium: the built CDN bundles
// (packages/widget/dist/cdn) embedded by examples/script-tag, served with the reference server's API.
// Elements are found by role and accessible name; Playwright's role locators pierce the open shadow root.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, type Route, test } from '@playwright/test';
import { axeViolations } from './fixtures/axeViolations.ts';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const server = serveWidgetPages([{ urlPrefix: '/', dir: join(root, 'examples/script-tag') }]);

/**
 * Holds back the full widget bundle (parley.js) until `release()` is called: what the page does meanwhile
 * happens before the widget exists, as on a slow network.
 */
async function holdFullBundle(
  page: Page,
): Promise<{ release: () => Promise<void>; requested: Promise<void> }> {
  let hold!: (route: Route) => void;
  const held = new Promise<Route>((resolve) => {
    hold = resolve;
  });
  await page.route('**/cdn/parley.js', (route) => hold(route));
  return {
    requested: held.then(() => undefined),
    release: async () => (await held).continue(),
  };
}

test('the launcher opens the help panel with the greeting; Escape closes it and focus returns to the launcher', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/`);

  const launcher = page.getByRole('button', { name: 'Help', exact: true });
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  await launcher.click();

  const dialog = page.getByRole('dialog', { name: 'Lumen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Hi there 👋')).toBeVisible();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  expect(errors).toEqual([]);
});

test('"Open help from the page", clicked before the widget has loaded, opens the panel once it loads', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const bundle = await holdFullBundle(page);
  // Not until `load`: when the browser is idle before it, the held bundle would hold the load event too.
  await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
  // The loader's queue exists (it is the only Parley script so far), the widget itself does not.
  await page.waitForFunction(() => (window as { Parley?: { loader?: boolean } }).Parley?.loader === true);
  await expect(page.locator('[data-parley-widget]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Open help from the page' }).click();
  // Asking for something loads the bundle at once, without waiting for the browser to be idle.
  await bundle.requested;
  await bundle.release();

  const dialog = page.getByRole('dialog', { name: 'Lumen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Hi there 👋')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Help', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect(errors).toEqual([]);
});

test('with a widget key the server does not know, the panel explains politely instead of staying blank', async ({
  page,
}) => {
  await page.goto(`${server.url}/unknown-key.html`);
  await page.getByRole('button', { name: 'Help', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Help' });
  await expect(dialog).toBeVisible();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Help is not set up on this page yet.');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveCount(0);
});

test("the widget's styles do not leak into the page, and the page's do not leak into the widget", async ({
  page,
}) => {
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
  const hostParagraph = page.locator('main p').first();
  const readStyle = () =>
    hostParagraph.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
        color: style.color,
        lineHeight: style.lineHeight,
      };
    });
  const before = await readStyle();
  expect(before.fontFamily).toContain('system-ui'); // from the demo's own demo.css

  await bundle.release();
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  const title = page.getByRole('dialog', { name: 'Lumen' }).getByText('Hi there 👋');
  await expect(title).toBeVisible();
  expect(await readStyle()).toEqual(before);

  // The other way round: aggressive page CSS must not restyle the widget; only the page's typeface
  // is inherited on purpose, so the widget reads like part of the site.
  const titleStyle = () =>
    title.evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, fontSize: style.fontSize, fontFamily: style.fontFamily };
    });
  const widgetBefore = await titleStyle();
  expect(widgetBefore.fontFamily).toBe(before.fontFamily);
  expect(widgetBefore.fontSize).toBe('22px');
  await page.addStyleTag({
    content:
      'p { color: rgb(255, 0, 0) !important; font-size: 40px !important; } body { font-family: monospace; color: rgb(0, 128, 0); }',
  });
  expect(await titleStyle()).toEqual({ ...widgetBefore, fontFamily: 'monospace' });
});

test('the open panel has no axe accessibility violations', async ({ page }) => {
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Lumen' });
  await expect(dialog.getByText('Hi there 👋')).toBeVisible();
  // Let the opening animation finish, so colours are measured as a person sees them.
  await dialog.evaluate((element) =>
    Promise.all(element.getAnimations().map((animation) => animation.finished)),
  );

  // axeViolations also fails when nothing was checked: the widget's launcher and dialog must be looked at.
  expect(await axeViolations(page, '[data-parley-widget]')).toEqual([]);
});
