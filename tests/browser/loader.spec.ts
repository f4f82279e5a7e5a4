// The loader on host pages, in a real Chromium: the built parley-loader.js and parley.js against the reference
// server. The loader draws the launcher itself, with no framework, and the full widget loads on intent (pointing
// at, focusing or clicking the launcher), when the browser is idle, or on Parley('load'); then the widget's own
// launcher takes the loader's place. Pages: tests/browser/fixtures/loader*.html.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeViolations } from './fixtures/axeViolations.ts';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { holdFullBundle, holdIdle, loaderLauncher, parley, widgetLauncher } from './fixtures/loaderPage.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

const server = serveWidgetPages([{ urlPrefix: '/', dir: fixturesDir }]);

/** What a sighted visitor sees of a launcher button: its box, colours and shape, and its icon's. */
function looks(button: Locator) {
  return button.evaluate((element) => {
    const style = getComputedStyle(element);
    // The speech bubble, drawn by its border (the widget's is an <i>, so is the loader's).
    const icon = element.firstElementChild;
    const { x, y, width, height } = element.getBoundingClientRect();
    const iconBox = icon?.getBoundingClientRect();
    return {
      box: { x, y, width, height },
      background: style.backgroundColor,
      color: style.color,
      radius: style.borderRadius,
      shadow: style.boxShadow,
      zIndex: style.zIndex,
      icon: iconBox && { x: iconBox.x, y: iconBox.y, width: iconBox.width, height: iconBox.height },
      iconShape: icon && `${icon.tagName} ${getComputedStyle(icon).borderRadius}`,
      iconStroke: icon && getComputedStyle(icon).borderTopWidth,
    };
  });
}

/** The accessible state of a launcher: what a screen reader says of it. */
function describes(button: Locator) {
  return button.evaluate((element) => ({
    name: element.getAttribute('aria-label'),
    expanded: element.getAttribute('aria-expanded'),
  }));
}

/** Waits until the loader has run (its stub is `window.Parley`) or the widget has taken over. */
function loaderRan(page: Page) {
  return page.waitForFunction(() => {
    const stub = (window as { Parley?: { loader?: boolean; version?: string } }).Parley;
    return stub?.loader === true || stub?.version !== undefined;
  });
}

test('the loader draws the launcher before the widget loads, and the widget’s takes its place looking the same', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const idle = await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderSnippet.html`);

  const drawn = loaderLauncher(page);
  await expect(drawn).toBeVisible();
  expect(await describes(drawn)).toEqual({ name: 'Help', expanded: 'false' });
  await expect(page.locator('[data-parley-widget]')).toHaveCount(0);
  expect(bundle.requests()).toBe(0);
  const before = await looks(drawn);
  // Bottom right, 20px from the edges, 56px round, in the widget's default colour.
  const viewport = page.viewportSize();
  expect(before.box).toEqual({
    x: (viewport?.width ?? 0) - 20 - 56,
    y: (viewport?.height ?? 0) - 20 - 56,
    width: 56,
    height: 56,
  });
  expect(before.background).toBe('rgb(59, 91, 219)');
  // The speech bubble: a 21px ring whose bottom-left corner, nearly square, makes the tail.
  expect(before.iconShape).toBe('I 50% 50% 50% 2px');
  expect(before.icon?.width).toBe(21);
  expect(await axeViolations(page, '[data-parley-loader-launcher]')).toEqual([]);

  await parley(page, 'load');
  await bundle.requested;
  await bundle.release();
  const own = widgetLauncher(page);
  await expect(own).toBeVisible();
  // The widget removed the loader's launcher as its own came: one launcher on the page, in the same place.
  await expect(page.locator('[data-parley-loader-launcher]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Help', exact: true })).toHaveCount(1);
  expect(await looks(own)).toEqual(before);
  expect(await describes(own)).toEqual({ name: 'Help', expanded: 'false' });
  expect(await idle.calls()).toEqual([{ timeout: 3000 }]);
  expect(errors).toEqual([]);
});

test('the data attributes set it up: language, corner and colour, and the widget boots with them', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderTag.html`);

  const drawn = loaderLauncher(page);
  await expect(drawn).toBeVisible();
  expect(await describes(drawn)).toEqual({ name: 'Hilfe', expanded: 'false' });
  const before = await looks(drawn);
  expect(before.box).toMatchObject({ x: 20, width: 56 });
  expect(before.background).toBe('rgb(11, 114, 133)');
  expect(
    await page.evaluate(() => (window as { Parley?: { settings?: unknown } }).Parley?.settings),
  ).toMatchObject({
    widgetKey: 'wk_demo',
    locale: 'de',
    position: 'left',
    color: '#0b7285',
    theme: 'dark',
  });

  await parley(page, 'load');
  await bundle.release();
  // German comes as a chunk of its own: the loader's launcher stays until the widget's is drawn.
  const own = widgetLauncher(page, 'Hilfe');
  await expect(own).toBeVisible();
  await expect(page.locator('[data-parley-loader-launcher]')).toHaveCount(0);
  // With no data-base-url, the widget talks to the origin its bundle (and the loader) came from.
  expect(
    await page.evaluate(() => (window as { Parley?: { settings?: { baseUrl?: string } } }).Parley?.settings),
  ).toMatchObject({ widgetKey: 'wk_demo', locale: 'de', baseUrl: server.url });
  // The same corner; the colour is the widget configuration's (give that one as data-color).
  expect((await looks(own)).box).toEqual(before.box);
  expect(errors).toEqual([]);
});

test('a colour that is not one leaves the default, and reduced motion keeps the launcher still', async ({
  page,
}) => {
  await holdIdle(page);
  await holdFullBundle(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    Object.assign(window, { parleySettings: { widgetKey: 'wk_demo', color: 'red; display: none' } });
  });
  await page.goto(`${server.url}/loaderTwice.html`);
  const drawn = loaderLauncher(page);
  await expect(drawn).toBeVisible();
  const style = await drawn.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { background: computed.backgroundColor, transition: computed.transitionDuration };
  });
  expect(style).toEqual({ background: 'rgb(59, 91, 219)', transition: '0s' });

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await drawn.evaluate((element) => getComputedStyle(element).transitionDuration)).toBe('0.16s');
});

test('pointing at the launcher loads the widget, and nothing else does before the browser is idle', async ({
  page,
}) => {
  await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderSnippet.html`);
  await expect(loaderLauncher(page)).toBeVisible();
  // A page that is never idle, a visitor who does not come near: nothing loads.
  await page.mouse.move(10, 10);
  await page.getByRole('textbox', { name: 'Notes' }).click();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(bundle.requests()).toBe(0);

  await loaderLauncher(page).hover();
  await bundle.requested;
  await bundle.release();
  await expect(widgetLauncher(page)).toBeVisible();
  expect(bundle.requests()).toBe(1);
});

test('focusing the launcher with the keyboard loads the widget, and focus moves to the widget’s launcher', async ({
  page,
}) => {
  await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderSnippet.html`);
  await expect(loaderLauncher(page)).toBeVisible();
  await page.getByRole('textbox', { name: 'Notes' }).focus();
  await page.keyboard.press('Tab');
  await expect(loaderLauncher(page)).toBeFocused();
  await bundle.requested;
  await bundle.release();
  await expect(widgetLauncher(page)).toBeFocused();
  await expect(page.locator('[data-parley-loader-launcher]')).toHaveCount(0);
});

test('when the browser is idle after the page has loaded, the widget loads with no intent and waits, dormant, until pointed at', async ({
  page,
}) => {
  const idle = await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderSnippet.html`);
  await expect.poll(() => idle.calls()).toEqual([{ timeout: 3000 }]);
  expect(bundle.requests()).toBe(0);
  await idle.becomeIdle();
  await bundle.requested;
  await bundle.release();
  // The bundle runs (it took over window.Parley), but the loader's launcher still stands in for the widget,
  // which is not on the page: nobody asked for it, and nothing in it is for this visitor or this page.
  await expect
    .poll(() => page.evaluate(() => (window as { Parley?: { version?: string } }).Parley?.version))
    .toBe('0.1.0');
  await expect(loaderLauncher(page)).toBeVisible();
  await expect(page.locator('[data-parley-widget]')).toHaveCount(0);

  await loaderLauncher(page).hover();
  await expect(widgetLauncher(page)).toBeVisible();
  await expect(page.locator('[data-parley-loader-launcher]')).toHaveCount(0);
  expect(bundle.requests()).toBe(1);
});

test('a click before the widget is there shows the launcher busy, then opens the panel once it is', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderSnippet.html`);
  await loaderLauncher(page).click();
  await expect(loaderLauncher(page)).toHaveAttribute('aria-busy', 'true');
  expect(await page.evaluate(() => (window as { Parley?: { q?: unknown[] } }).Parley?.q)).toEqual([['open']]);

  await bundle.release();
  const dialog = page.getByRole('dialog', { name: 'Lumen' });
  await expect(dialog.getByText('Hi there 👋')).toBeVisible();
  await expect(widgetLauncher(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-parley-loader-launcher]')).toHaveCount(0);
  expect(bundle.requests()).toBe(1);
  expect(errors).toEqual([]);
});

test('the snippet twice and the loader tag as well: one launcher, one widget, one bundle', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const loaders: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/parley-loader.js')) loaders.push(request.url());
  });
  await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderTwice.html`);
  await loaderRan(page);
  await expect(loaderLauncher(page)).toHaveCount(1);
  // The second snippet saw the first one's queue and added nothing.
  expect(loaders.length).toBeLessThanOrEqual(2);

  await loaderLauncher(page).click();
  await bundle.release();
  await expect(page.getByRole('dialog', { name: 'Lumen' })).toBeVisible();
  await expect(page.locator('[data-parley-widget]')).toHaveCount(1);
  await expect(page.locator('[data-parley-loader-launcher]')).toHaveCount(0);
  expect(bundle.requests()).toBe(1);
  expect(errors).toEqual([]);
});

test('with the page’s own launcher the loader draws none, and a click on it before the widget opens the panel', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await holdIdle(page);
  const bundle = await holdFullBundle(page);
  await page.goto(`${server.url}/loaderOwnLauncher.html`);
  await loaderRan(page);
  await expect(page.locator('[data-parley-loader-launcher]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Support' }).click();
  await bundle.release();
  await expect(page.getByRole('dialog', { name: 'Lumen' })).toBeVisible();
  // The widget bound the page's button, and drew no round launcher of its own.
  await expect(page.getByRole('button', { name: 'Support' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Help', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Support' }).click();
  await expect(page.getByRole('dialog', { name: 'Lumen' })).toBeHidden();
  expect(errors).toEqual([]);
});

test('under Trusted Types the loader adds the widget through the policy "parley"', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.sample}`,
      ),
    );
  });
  await page.route('**/loaderTag.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': "require-trusted-types-for 'script'; trusted-types parley",
      },
    });
  });
  await page.goto(`${server.url}/loaderTag.html`);
  await parley(page, 'load');
  await page.waitForFunction(
    () => (window as { Parley?: { version?: string } }).Parley?.version !== undefined,
  );
  await expect(widgetLauncher(page, 'Hilfe')).toBeVisible();
  expect(violations).toEqual([]);
});

test('the snippet in the page is the documented one, and its size is the one the documentation gives', () => {
  const docs = readFileSync(join(root, 'docs/embedding/README.md'), 'utf8');
  const documented = docs.match(/^ {2}(\(\(w,d,p,s,c\)=>.*)$/m)?.[1];
  const fixture = readFileSync(join(fixturesDir, 'loaderSnippet.html'), 'utf8').match(
    /^\s*(\(\(w,d,p,s,c\)=>.*)$/m,
  )?.[1];
  expect(documented).toBeDefined();
  expect(fixture).toBe(
    documented?.replace('https://support.example.com/cdn/parley-loader.js', '/cdn/parley-loader.js'),
  );
  const bytes = Buffer.byteLength(documented ?? '');
  expect(docs).toContain(`${bytes} bytes`);
});
