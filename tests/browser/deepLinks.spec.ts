// Deep links in a real Chromium, against the reference server: a page's address that names a place in the
// widget (an article, a ticket, a conversation with the one-time token of an email) opens it directly, and the
// widget's parameters leave the address bar, the rest of the address and the history entry's state kept.
import { fileURLToPath } from 'node:url';
import type { OutboxEmailPage, Session } from '@parley/contract';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { AGENT_TOKEN, createAgentApi } from './fixtures/createAgentApi.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

const server = serveWidgetPages([{ urlPrefix: '/fixtures/', dir: fixturesDir }]);

const pageUrl = () => `${server.url}/fixtures/deepLinks.html`;
/** The page's address now, without its origin. */
const address = (page: Page) => page.evaluate(() => location.pathname + location.search + location.hash);

/**
 * A visitor who wrote from another device, gave their email and left; the team's reply went out by email with a
 * one-time link. Played over HTTP, as the visitor's widget and the team's inbox would.
 */
async function emailedConversation(request: APIRequestContext) {
  const json = { 'Content-Type': 'application/json' };
  const session = (await (
    await request.post(`${server.url}/v1/session`, { headers: json, data: { widgetKey: 'wk_demo' } })
  ).json()) as Session;
  const auth = { ...json, Authorization: `Bearer ${session.token}` };
  await request.patch(`${server.url}/v1/session/contact`, {
    headers: auth,
    data: { email: 'ada@example.com' },
  });
  const created = await request.post(`${server.url}/v1/conversations`, {
    headers: { ...auth, 'Idempotency-Key': crypto.randomUUID() },
    data: { message: { clientMessageId: crypto.randomUUID(), text: 'My export is empty' }, context: {} },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  await createAgentApi(request, server.url).reply(id, 'Could you try again from Settings?', 'Priya');
  const outbox = (await (
    await request.get(`${server.url}/v1/agent/outbox`, {
      headers: { Authorization: `Bearer ${AGENT_TOKEN}` },
    })
  ).json()) as OutboxEmailPage;
  const email = outbox.data.find((item) => item.conversationId === id);
  const token = email && new URL(email.link).searchParams.get('parley_link');
  if (!token) throw new Error('the team’s reply was not emailed');
  return { conversationId: id, contactId: session.contact.id, token };
}

test('a help-centre link opens the article; the link leaves the address, the rest and the history state stay', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const search = await request.get(`${server.url}/v1/kb/search?widgetKey=wk_demo&q=export`);
  const article = ((await search.json()) as { data: { article: { id: string; title: string } }[] }).data[0]
    ?.article;
  if (!article) throw new Error('the demo help centre has no article about exports');
  await page.addInitScript(() => {
    if (!history.state) history.replaceState({ route: 'pricing' }, '');
    (window as unknown as { entries: number }).entries = history.length;
  });
  await page.goto(`${pageUrl()}?plan=pro&parley=article:${article.id}#compare`);
  const panel = page.locator('[data-parley-widget]').getByRole('dialog', { name: 'Lumen' });
  await expect(panel.getByRole('heading', { name: article.title, exact: true })).toBeVisible();
  await expect.poll(() => address(page)).toBe('/fixtures/deepLinks.html?plan=pro#compare');
  expect(await page.evaluate(() => history.state)).toEqual({ route: 'pricing' });
  // Replaced, not pushed: Back leaves the page as it would have.
  expect(await page.evaluate(() => history.length)).toBe(
    await page.evaluate(() => (window as unknown as { entries: number }).entries),
  );
  expect(errors).toEqual([]);
});

test('an email link opens the conversation, signed in as its visitor, and works once', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const { conversationId, contactId, token } = await emailedConversation(request);
  await page.goto(`${pageUrl()}?parley_link=${token}`);
  const panel = page.locator('[data-parley-widget]').getByRole('dialog', { name: 'Lumen' });
  const log = panel.getByRole('log', { name: 'Messages' });
  await expect(log.getByText('Could you try again from Settings?')).toBeVisible();
  await expect(log.getByText('My export is empty')).toBeVisible();
  await expect.poll(() => address(page)).toBe('/fixtures/deepLinks.html');
  expect(
    await page.evaluate(() => (window as unknown as { Parley(name: string): unknown }).Parley('getState')),
  ).toMatchObject({ route: { view: 'conversation', conversationId }, visitor: { contactId } });

  // In another browser the link is used up: the panel opens on home, with nothing of the visitor's.
  const other = await page.context().browser()?.newContext();
  if (!other) throw new Error('no browser');
  const stranger = await other.newPage();
  await stranger.goto(`${pageUrl()}?parley_link=${token}`);
  const strangerPanel = stranger.locator('[data-parley-widget]').getByRole('dialog', { name: 'Lumen' });
  await expect(strangerPanel.getByText('Hi there 👋')).toBeVisible();
  await expect(strangerPanel.getByText('Could you try again from Settings?')).toHaveCount(0);
  await expect.poll(() => address(stranger)).toBe('/fixtures/deepLinks.html');
  await other.close();
  expect(errors).toEqual([]);
});

test('a ticket link in the hash opens the lookup filled in with its reference', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${pageUrl()}#parley=ticket:PRL-4821`);
  const panel = page.locator('[data-parley-widget]').getByRole('dialog', { name: 'Lumen' });
  await expect(panel.getByRole('textbox', { name: 'Reference' })).toHaveValue('PRL-4821');
  await expect.poll(() => address(page)).toBe('/fixtures/deepLinks.html');
  await panel.getByRole('textbox', { name: 'Email' }).fill('ada@example.com');
  await panel.getByRole('button', { name: 'Check status' }).click();
  await expect(panel.getByRole('heading', { name: /Notes from my iPad/ })).toBeVisible();
  expect(errors).toEqual([]);
});
