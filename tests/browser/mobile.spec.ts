// The script-tag demo on a phone-sized screen, in a real Chromium: the built CDN bundles in their shadow
// root, against the reference server. On small screens the panel fills the screen; the launcher must then
// step aside (it would cover the composer's send button) and come back, focused, when the panel closes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { type RunningServer, startServer } from '../../packages/server/src/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnDir = join(root, 'packages/widget/dist/cdn');

let server: RunningServer;

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

test.beforeAll(async () => {
  if (!existsSync(join(cdnDir, 'parley.js')))
    throw new Error('The widget is not built: run npm run build first.');
  server = await startServer({
    port: 0,
    database: ':memory:',
    staticRoutes: [
      { urlPrefix: '/', dir: join(root, 'examples/script-tag') },
      { urlPrefix: '/cdn/', dir: cdnDir },
    ],
  });
});

test.afterAll(async () => {
  await server?.close();
});

test('on a phone the panel fills the screen, the launcher steps aside, and the send button is what a tap reaches', async ({
  page,
}) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  // Within the demo's business hours (Wednesday, 11:00 in London), so "Send us a message" opens the chat.
  await page.clock.setFixedTime(new Date('2026-03-04T11:00:00Z'));
  await page.goto(`${server.url}/`);
  const launcher = page.getByRole('button', { name: 'Help', exact: true });
  await launcher.click();
  const dialog = page.getByRole('dialog', { name: 'Lumen' });
  await expect(dialog.getByText('Hi there 👋')).toBeVisible();
  // Once it has risen into place.
  await expect.poll(() => dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 });
  await expect(launcher).toBeHidden();

  await dialog.getByRole('button', { name: 'Send us a message' }).click();
  const box = dialog.getByRole('textbox', { name: 'Message' });
  await box.fill('Does export keep my tags?');
  const send = dialog.getByRole('button', { name: 'Send', exact: true });
  // What a tap at the button's centre reaches, seen from inside the widget's shadow root.
  const reached = await send.evaluate((button) => {
    const { left, top, width, height } = button.getBoundingClientRect();
    const root = button.getRootNode() as ShadowRoot;
    return button.contains(root.elementFromPoint(left + width / 2, top + height / 2));
  });
  expect(reached).toBe(true);

  await dialog.getByRole('button', { name: 'Close help' }).click();
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeVisible();
  await expect(launcher).toBeFocused();
  expect(errors).toEqual([]);
});
