// A customer's whole journey through the script-tag widget on the demo site, in a real Chromium: the built CDN
// bundles (packages/widget/dist/cdn) embedded by examples/script-tag, against the reference server with its
// seeded demo content. They search the help centre (in English, and in Chinese on a Chinese page), chat with
// the bot, ask for a person, get the team's answer live, come back after a reload, rate the conversation, and
// after hours leave a message that becomes a ticket they can look up. The team's side is played through the
// agent API, as the team's own tools would call it. Elements are found by role and accessible name, the way
// a person or a screen reader finds them; Playwright's role locators pierce the widget's open shadow root.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeViolations } from './fixtures/axeViolations.ts';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { createAgentApi } from './fixtures/createAgentApi.ts';
import { lastWeekdayAt } from './fixtures/lastWeekdayAt.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

const server = serveWidgetPages([
  { urlPrefix: '/', dir: join(root, 'examples/script-tag') },
  // The demo site's Chinese page (fixtures/zh-Hans.html).
  { urlPrefix: '/fixtures/', dir: fixturesDir },
]);

/** Opens the help panel from the launcher. */
async function openHelp(page: Page, launcherName = 'Help'): Promise<Locator> {
  await page.getByRole('button', { name: launcherName, exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Lumen' });
  await expect(panel).toBeVisible();
  return panel;
}

test('a customer searches the help centre in English and in Chinese, and reads an article in each', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}/`);
  let panel = await openHelp(page);
  await panel.getByRole('searchbox', { name: 'Search for help' }).fill('export notes');
  await expect(panel.getByRole('status').filter({ hasText: /\d+ results?$/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Export your notes', exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Export your notes', exact: true })).toBeVisible();
  await expect(panel.getByRole('article')).toContainText('Your notes belong to you.');

  // The same site in Simplified Chinese: the widget speaks the page's language and searches its articles.
  await page.goto(`${server.url}/fixtures/zh-Hans.html`);
  panel = await openHelp(page, '帮助');
  await expect(panel.getByText('你好 👋')).toBeVisible();
  await panel.getByRole('searchbox', { name: '搜索帮助内容' }).fill('导出');
  await expect(panel.getByRole('status').filter({ hasText: /共 \d+ 条结果/ })).toBeVisible();
  await panel.getByRole('button', { name: '导出笔记' }).click();
  const title = panel.getByRole('heading', { name: '导出笔记', exact: true });
  await expect(title).toBeVisible();
  await expect(title).toHaveAttribute('lang', 'zh-Hans');
  await expect(panel.getByRole('article')).toContainText('你的笔记永远属于你。');
  expect(errors).toEqual([]);
});

test('a customer chats with the bot, asks for a person, gets the reply live, finds the conversation again after a reload, and rates it', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const team = createAgentApi(request, server.url);
  await page.clock.setFixedTime(lastWeekdayAt(3, 11));
  await page.goto(`${server.url}/`);
  let panel = await openHelp(page);
  await expect(panel.getByText('We usually reply in 2 hours')).toBeVisible();

  // Writing: matching articles are suggested before anything is sent.
  await panel.getByRole('button', { name: 'Send us a message' }).click();
  const question = 'How do I export my notes to PDF?';
  await panel.getByRole('textbox', { name: 'Message' }).fill(question);
  await expect(
    panel.getByRole('region', { name: 'These articles might help' }).getByRole('button', { name: /Export/ }),
  ).not.toHaveCount(0);
  await panel.getByRole('button', { name: 'Send', exact: true }).click();

  // The bot answers first, with articles and a way to a person.
  const log = panel.getByRole('log', { name: 'Messages' });
  await expect(log.getByText(question)).toBeVisible();
  await expect(log.getByText(/Here are some articles that might help/)).toBeVisible();
  await expect(log.getByRole('button', { name: /Export your notes/ })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Lumen Assistant', exact: true })).toBeVisible();
  await log.getByRole('button', { name: 'Talk to a person' }).click();
  await expect(log.getByText('You asked to talk to a person')).toBeVisible();
  await expect(log.getByText(/I’ve asked the team to join/)).toBeVisible();
  await expect(log.getByRole('button', { name: 'Talk to a person' })).toHaveCount(0);

  // The team finds the conversation in its inbox, waiting for a person, and answers.
  const mine = [];
  for (const { conversation } of await team.openConversations('wk_demo')) {
    const messages = await team.messages(conversation.id);
    if (messages.some((message) => message.text === question)) mine.push(conversation.id);
  }
  expect(mine).toHaveLength(1);
  const conversationId = mine[0]!;
  await expect.poll(async () => (await team.conversation(conversationId)).conversation.assignee).toBeNull();
  // A reload would lose this marker.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  const answer = 'Open the note, choose Export, then PDF. Does that work for you?';
  await team.reply(conversationId, answer, 'Sam');
  await expect(log.getByText(answer)).toBeVisible();
  await expect(log.getByText('Sam joined the conversation')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Sam', exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  expect(await axeViolations(page, '[data-parley-widget]')).toEqual([]);

  // A reload: the panel comes back as it was, on the conversation; from home, it is the recent one.
  await page.reload();
  panel = page.getByRole('dialog', { name: 'Lumen' });
  await expect(log.getByText(answer)).toBeVisible();
  await panel.getByRole('button', { name: 'Back' }).click();
  const recent = panel.getByRole('region', { name: 'Recent conversation' });
  await recent.getByRole('button', { name: /Sam/ }).click();
  await expect(log.getByText(question)).toBeVisible();
  await expect(log.getByText(answer)).toBeVisible();

  // The team resolves it; the customer rates it, with a comment.
  await team.setStatus(conversationId, 'resolved');
  await expect(log.getByText('Conversation resolved')).toBeVisible();
  const rating = panel.getByRole('group', { name: 'How would you rate this conversation?' });
  await rating.getByRole('radio', { name: 'Great' }).check();
  const comment = 'Quick and clear, thank you!';
  await panel.getByRole('textbox', { name: 'Add a comment (optional)' }).fill(comment);
  await panel.getByRole('button', { name: 'Send rating' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Thanks for your rating!' })).toBeVisible();
  await expect(log.getByText('You rated this conversation 5 out of 5')).toBeVisible();
  const rated = await team.conversation(conversationId);
  expect(rated.conversation.status).toBe('resolved');
  expect(rated.conversation.rating).toMatchObject({ score: 5, comment });
  expect(errors).toEqual([]);
});

test('after hours a customer leaves a message, which becomes a ticket they can look up with its reference and email', async ({
  page,
  browser,
}) => {
  const errors = collectPageErrors(page);
  await page.clock.setFixedTime(lastWeekdayAt(0, 12));
  await page.goto(`${server.url}/`);
  const panel = await openHelp(page);
  await expect(panel.getByText(/We’re away, back/)).toBeVisible();

  await panel.getByRole('button', { name: 'Send us a message' }).click();
  await expect(panel.getByRole('heading', { name: 'Leave a message' })).toBeVisible();
  const email = 'mary@example.com';
  const subject = 'Sync stopped on my tablet';
  const message = 'My tablet has not synced since Friday. My phone is fine.';
  await panel.getByRole('textbox', { name: 'Name (optional)' }).fill('Mary Jackson');
  await panel.getByRole('textbox', { name: 'Email' }).fill(email);
  await panel.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await panel.getByRole('textbox', { name: 'Message' }).fill(message);
  await panel.getByRole('combobox', { name: 'Your plan (optional)' }).selectOption({ label: 'Lumen Plus' });
  await panel.getByRole('button', { name: 'Send message' }).click();

  await expect(panel.getByRole('heading', { name: 'Message sent' })).toBeVisible();
  await expect(panel.getByText(`Thanks! We’ll reply to ${email}.`)).toBeVisible();
  const confirmation = await panel.getByText(/^Your reference is /).textContent();
  const reference = /Your reference is (\S+)\./.exec(confirmation ?? '')?.[1];
  expect(reference, confirmation ?? '').toMatch(/\w/);
  expect(errors).toEqual([]);

  // Later, on another device (nothing shared with the first visit): the reference and the email are enough.
  const elsewhere = await browser.newContext();
  try {
    const later = await elsewhere.newPage();
    const laterErrors = collectPageErrors(later);
    await later.goto(`${server.url}/`);
    const laterPanel = await openHelp(later);
    await laterPanel.getByRole('button', { name: 'Check a request' }).click();
    await expect(laterPanel.getByRole('heading', { name: 'Check a request' })).toBeVisible();
    await laterPanel.getByRole('textbox', { name: 'Reference' }).fill(reference!);
    await laterPanel.getByRole('textbox', { name: 'Email' }).fill(email);
    await laterPanel.getByRole('button', { name: 'Check status' }).click();
    const ticket = laterPanel.getByRole('article');
    await expect(ticket.getByRole('heading', { name: subject })).toBeVisible();
    await expect(ticket).toContainText(`Received Request ${reference}`);
    await expect(ticket.getByRole('log', { name: '1 message' })).toContainText(message);
    await expect(ticket.getByRole('textbox', { name: 'Your reply' })).toBeVisible();
    expect(laterErrors).toEqual([]);
  } finally {
    await elsewhere.close();
  }
});
