// The script tag's command API in a real Chromium, against the reference server: a page queues commands on
// the snippet's stub before the widget has loaded (fixtures/commands.html boots the widget itself), and drives
// it afterwards; every widget event the page hears is recorded on `window.parleyEvents`.
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { identityHash } from '../../packages/server/src/sessions/identityHash.ts';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { createAgentApi } from './fixtures/createAgentApi.ts';
import { lastWeekdayAt } from './fixtures/lastWeekdayAt.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

const server = serveWidgetPages([{ urlPrefix: '/fixtures/', dir: fixturesDir }]);

/** One recorded widget event (see fixtures/commands.js). */
interface RecordedEvent {
  name: string;
  payload: Record<string, unknown>;
}

type ParleyWindow = Window & {
  parleyEvents: RecordedEvent[];
  Parley: (...args: unknown[]) => unknown;
};

/** The events of `name` the page heard so far. */
const eventsOf = (page: Page, name: string) =>
  page.evaluate(
    (wanted) => (window as unknown as ParleyWindow).parleyEvents.filter((event) => event.name === wanted),
    name,
  );

/** Runs `Parley(...args)` in the page (once the widget has loaded, it answers). */
const parley = (page: Page, ...args: unknown[]) =>
  page.evaluate((list) => (window as unknown as ParleyWindow).Parley(...list), args);

/** Opens the commands page with `queue` queued before the widget loads; collects its `[parley]` console errors. */
async function openPage(
  page: Page,
  queue: unknown[][] = [],
): Promise<{ consoleErrors: string[]; widget: Locator }> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${server.url}/fixtures/commands.html?queue=${encodeURIComponent(JSON.stringify(queue))}`);
  const widget = page.locator('[data-parley-widget]');
  await expect(widget).toHaveCount(1);
  return { consoleErrors, widget };
}

test('boots from the queue and replays it in order: the article opens, and a bad command only says why', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const search = await request.get(`${server.url}/v1/kb/search?widgetKey=wk_demo&q=export`);
  const article = ((await search.json()) as { data: { article: { id: string; title: string } }[] }).data[0]
    ?.article;
  if (!article) throw new Error('the demo help centre has no article about exports');

  const { consoleErrors, widget } = await openPage(page, [
    ['showArticle', article.id],
    ['explode'],
    ['showArticle', 42],
  ]);
  const panel = widget.getByRole('dialog', { name: 'Lumen' });
  await expect(panel.getByRole('heading', { name: article.title, exact: true })).toBeVisible();
  await expect
    .poll(() => eventsOf(page, 'article'))
    .toEqual([{ name: 'article', payload: { articleId: article.id, title: article.title } }]);
  expect(await eventsOf(page, 'open')).toEqual([{ name: 'open', payload: { view: 'article' } }]);
  expect(await eventsOf(page, 'ready')).toEqual([
    { name: 'ready', payload: { widgetKey: 'wk_demo', locale: 'en' } },
  ]);
  expect(consoleErrors).toEqual([
    expect.stringMatching(/^\[parley\] unknown command "explode"\. Known commands: boot, /),
    '[parley] "showArticle" takes an article id (a non-empty string of at most 200 characters); got 42 (a number).',
  ]);
  expect((await eventsOf(page, 'error')).map((event) => event.payload.code)).toEqual(['invalid_request']);

  // Loaded, the command function answers directly.
  expect(await parley(page, 'getState')).toMatchObject({
    ready: true,
    open: true,
    route: { view: 'article', articleId: article.id },
  });
  await parley(page, 'close');
  await expect(panel).toBeHidden();
  expect(await eventsOf(page, 'close')).toEqual([{ name: 'close', payload: { view: 'article' } }]);
  expect(errors).toEqual([]);
});

test('showNewMessage starts a message with the text; sending it tells conversation:start, the team’s reply message and unread', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  await page.clock.setFixedTime(lastWeekdayAt(3, 11));
  const { widget } = await openPage(page, [['showNewMessage', 'How do I export my notes to PDF?']]);
  const panel = widget.getByRole('dialog', { name: 'Lumen' });
  const box = panel.getByRole('textbox', { name: 'Message' });
  await expect(box).toHaveValue('How do I export my notes to PDF?');
  await panel.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(async () => (await eventsOf(page, 'conversation:start')).length).toBe(1);
  const [start] = await eventsOf(page, 'conversation:start');
  const conversationId = start?.payload.conversationId as string;
  expect(conversationId).toMatch(/^cnv_/);
  // The bot answers at once (its answer may come with the conversation's first load rather than as news).
  await expect(
    panel.getByRole('log', { name: 'Messages' }).getByText(/Here are some articles/),
  ).toBeVisible();

  await parley(page, 'close');
  await createAgentApi(request, server.url).reply(conversationId, 'Use File, then Export.', 'Priya');
  await expect
    .poll(async () => (await eventsOf(page, 'message')).at(-1)?.payload)
    .toMatchObject({ conversationId, text: 'Use File, then Export.', author: 'agent' });
  await expect.poll(async () => (await eventsOf(page, 'unread')).at(-1)?.payload.count).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('identify with a hash from the server makes the visitor a user; bad options are refused with the reason', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const { consoleErrors, widget } = await openPage(page);
  await expect(widget.getByRole('button', { name: 'Help', exact: true })).toBeVisible();
  const hash = await identityHash('demo-secret-change-me', 'user_ada');

  expect(await parley(page, 'identify', { userId: 'user_ada', hash, plan: 'pro' })).toBeUndefined();
  expect(consoleErrors).toEqual([
    '[parley] "identify" takes only the fields userId, email, name, attributes, hash, jwt; got "plan" (a string).',
  ]);
  await parley(page, 'identify', { userId: 'user_ada', name: 'Ada', hash, attributes: { plan: 'pro' } });
  expect(await parley(page, 'getState')).toMatchObject({ visitor: { status: 'ready', identified: true } });
  await parley(page, 'open');
  await expect(widget.getByRole('dialog').getByText('Hi Ada')).toBeVisible();

  await parley(page, 'identify', { userId: 'user_bob', hash });
  await expect.poll(() => consoleErrors.at(-1)).toMatch(/^\[parley\] "identify" failed: /);
  expect(await parley(page, 'getState')).toMatchObject({ visitor: { identified: true } });
  expect(errors).toEqual([]);
});
