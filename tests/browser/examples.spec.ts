// Smoke tests of the framework examples (examples/*/ with a vite.config.ts), in a real Chromium: each is built
// with Vite against a reference server started for this file, served by it at /examples/<name>/, and used the
// way a visitor would: in the widget examples they open the widget, start a conversation and get the demo
// bot's answer; in react-headless they do the same through the example's own UI. The quick starts of the
// framework guides are the examples' own files, word for word.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, type Route, test } from '@playwright/test';
import { buildExamples } from '../../scripts/buildExamples.mjs';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { lastWeekdayAt } from './fixtures/lastWeekdayAt.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';
import { chatInWidget, openInBusinessHours, searchThenChat, vueExampleChat } from './fixtures/widgetChat.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = ['vanilla-npm', 'react-vite', 'react-headless', 'vue-vite', 'web-component'];
// Built into a folder of their own, not into the examples' dist/. Only a name here: nothing is written
// until the tests run.
const outDir = join(tmpdir(), `parley-examples-${process.pid}-${Date.now()}`);

// A fresh project made of a guide's quick start, pasted: inside the repository, so that Vite resolves
// @parley/* from its node_modules as a project that installed them would.
const pastedDir = join(root, 'test-results', `quickstart-web-component-${process.pid}`);

const server = serveWidgetPages([
  ...examples.map((name) => ({ urlPrefix: `/examples/${name}/`, dir: join(outDir, name) })),
  { urlPrefix: '/pasted/web-component/', dir: join(pastedDir, 'dist') },
]);

test.beforeAll(async () => {
  // Vite builds all of them at once in about a second; a cold, busy machine may take much longer.
  test.setTimeout(120_000);
  await buildExamples({ names: examples, outDir: (name) => join(outDir, name), baseUrl: server.url });
});
test.afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await rm(pastedDir, { recursive: true, force: true });
});

/** Opens an example at business hours: see {@link openInBusinessHours}. */
function openExample(page: Page, name: string): Promise<{ thrown: Error[]; logged: string[] }> {
  return openInBusinessHours(page, `${server.url}/examples/${name}/`);
}

test('vanilla-npm: the page opens the widget at a new message about the invoice; the bot answers and the page hears the events', async ({
  page,
}) => {
  const errors = await openExample(page, 'vanilla-npm');
  await page.getByRole('button', { name: 'Ask about this invoice' }).click();
  const panel = page.getByRole('dialog', { name: 'Lumen' });
  await expect(panel.getByRole('textbox', { name: 'Message' })).toHaveValue('About invoice INV-1042: ');
  await chatInWidget(panel, 'About invoice INV-1042: can I export it as a PDF?');

  const events = page.getByRole('region', { name: 'What the widget told the page' }).getByRole('listitem');
  await expect(events.filter({ hasText: /^Conversation cnv_[\w-]+ started\.$/ })).toHaveCount(1);
  await expect(
    events.filter({ hasText: /^Lumen Assistant replied: Here are some articles that might help/ }),
  ).toHaveCount(1);

  await page.getByRole('button', { name: 'Help with billing' }).click();
  await expect(panel.getByRole('searchbox', { name: 'Search for help' })).toHaveValue('billing');
  expect(errors).toEqual({ thrown: [], logged: [] });
});

test('react-vite: the quick start searches with useArticleSearch, and its <ParleyWidget> chats with the bot', async ({
  page,
}) => {
  const errors = await openExample(page, 'react-vite');
  await searchThenChat(page);
  expect(errors).toEqual({ thrown: [], logged: [] });
});

test('react-headless: a help panel of its own searches the help centre and chats with the bot, with no widget', async ({
  page,
}) => {
  const errors = await openExample(page, 'react-headless');
  await page.getByRole('searchbox', { name: 'Search the help centre' }).fill('export');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ articles? found\.$/ })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Articles' }).getByRole('heading', { name: 'Export your notes' }),
  ).toBeVisible();

  // The first message starts the conversation; the bot answers with articles and quick replies.
  const question = 'How do I export my notes to PDF?';
  await page.getByRole('textbox', { name: 'Your question' }).fill(question);
  await page.getByRole('button', { name: 'Start conversation' }).click();
  const log = page.getByRole('log', { name: 'Messages' });
  await expect(log.getByText(question)).toBeVisible();
  await expect(log.getByText(/Here are some articles that might help/)).toBeVisible();
  await expect(log.getByRole('list', { name: 'Suggested articles' })).toContainText('Export your notes');
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await expect(page.getByText('You are talking to Lumen Assistant')).toBeVisible();

  // The bot's quick reply hands the conversation to a person.
  await log.getByRole('button', { name: 'Talk to a person' }).click();
  await expect(log.getByText('You asked to talk to a person')).toBeVisible();
  await expect(log.getByText(/I’ve asked the team to join/)).toBeVisible();

  // A message shows as pending at once, and as sent once the backend has it.
  let held!: (route: Route) => void;
  const send = new Promise<Route>((resolve) => {
    held = resolve;
  });
  await page.route('**/v1/conversations/*/messages', (route) =>
    route.request().method() === 'POST' ? held(route) : route.continue(),
  );
  const followUp = 'Thanks! It is about a whole notebook.';
  await page.getByRole('textbox', { name: 'Message' }).fill(followUp);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('');
  await expect(log.getByText(followUp)).toBeVisible();
  await expect(log.getByText('Sending…', { exact: true })).toBeVisible();
  await (await send).continue();
  await expect(log.getByText('Sending…', { exact: true })).toHaveCount(0);
  // "Sent" shows under the customer's newest message only.
  await expect(log.getByText('Sent', { exact: true })).toHaveCount(1);

  await expect(page.locator('[data-parley-widget]')).toHaveCount(0);
  expect(errors).toEqual({ thrown: [], logged: [] });
});

test("vue-vite: the quick start searches with useArticleSearch; its <ParleyWidget> and the page's own chat share one conversation with the bot", async ({
  page,
}) => {
  const errors = await openExample(page, 'vue-vite');
  const panel = await searchThenChat(page);

  // The page's chat (useConversations, useConversation) uses the plugin's client too: it shows the
  // conversation started in the widget, and what it sends shows in the widget.
  const chat = await vueExampleChat(page);
  await chat.getByRole('textbox', { name: 'Message' }).fill('Can I talk to a person?');
  await chat.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(chat.getByRole('listitem').filter({ hasText: /I’ve asked the team to join/ })).toBeVisible();
  await expect(
    panel.getByRole('log', { name: 'Messages' }).getByText(/I’ve asked the team to join/),
  ).toBeVisible();
  expect(errors).toEqual({ thrown: [], logged: [] });
});

test('web-component: <parley-widget> gets the base URL from the build, opens at a new message from the page, and tells the page its events', async ({
  page,
}) => {
  const errors = await openExample(page, 'web-component');
  const element = page.locator('parley-widget');
  await expect(element).toHaveAttribute('base-url', server.url);

  await page.getByRole('button', { name: 'Ask about this order' }).click();
  const panel = page.getByRole('dialog', { name: 'Lumen' });
  await expect(panel.getByRole('textbox', { name: 'Message' })).toHaveValue('About order #1042: ');
  await expect(element).toHaveAttribute('open', '');
  await chatInWidget(panel, 'About order #1042: how do I export my notes?');

  const events = page.getByRole('region', { name: 'What the widget told the page' }).getByRole('listitem');
  await expect(events.filter({ hasText: /^Conversation cnv_[\w-]+ started\.$/ })).toHaveCount(1);
  await expect(
    events.filter({ hasText: /^Lumen Assistant replied: Here are some articles that might help/ }),
  ).toHaveCount(1);

  await page.getByRole('checkbox', { name: 'Dark widget' }).check();
  await expect(element).toHaveAttribute('theme', 'dark');
  expect(errors).toEqual({ thrown: [], logged: [] });
});

/**
 * The code block of a guide that is `file`: the one whose first line names it (`// src/App.tsx`,
 * `// src/parley.ts: what it is`, `<!-- src/App.vue -->`).
 */
async function codeBlockOf(doc: string, file: string): Promise<string> {
  const text = await readFile(join(root, doc), 'utf8');
  for (const [, code = ''] of text.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)) {
    const named = /^(?:\/\/|<!--) ([\w./-]+?)(?::| -->|\n)/.exec(code)?.[1];
    if (named === file) return code;
  }
  throw new Error(`${doc} has no code block that starts with the name ${file}`);
}

test("docs/react.md's quick start is examples/react-vite/src/App.tsx, word for word", async () => {
  const example = await readFile(join(root, 'examples/react-vite/src/App.tsx'), 'utf8');
  expect(await codeBlockOf('docs/react.md', 'src/App.tsx')).toBe(example);
});

for (const file of ['src/parley.ts', 'src/main.ts', 'src/App.vue']) {
  test(`docs/vue.md's quick start has examples/vue-vite/${file}, word for word`, async () => {
    const example = await readFile(join(root, 'examples/vue-vite', file), 'utf8');
    expect(await codeBlockOf('docs/vue.md', file)).toBe(example);
  });
}

test("docs/web-component.md's quick start, pasted into a fresh Vite project, chats with the bot", async ({
  page,
}) => {
  const html = await codeBlockOf('docs/web-component.md', 'index.html');
  const script = await codeBlockOf('docs/web-component.md', 'src/main.js');
  // The one change a reader makes: the address of their server.
  expect(html).toContain('base-url="http://localhost:8787"');
  await mkdir(join(pastedDir, 'src'), { recursive: true });
  await writeFile(join(pastedDir, 'index.html'), html.replace('http://localhost:8787', server.url));
  await writeFile(join(pastedDir, 'src/main.js'), script);
  const { build } = await import('vite');
  // Relative asset URLs, as the page is served below /pasted/web-component/.
  await build({ root: pastedDir, base: './', logLevel: 'warn', configFile: false });

  const errors = collectPageErrors(page);
  const chatStarted = page.waitForEvent('console', (message) =>
    message.text().startsWith('Chat started: cnv_'),
  );
  await page.clock.setFixedTime(lastWeekdayAt(3, 11));
  await page.goto(`${server.url}/pasted/web-component/`);
  await page.getByRole('button', { name: 'Contact us' }).click();
  const panel = page.getByRole('dialog', { name: 'Lumen' });
  await expect(panel.getByRole('textbox', { name: 'Message' })).toHaveValue('About my order: ');
  await chatInWidget(panel, 'About my order: where is my receipt?');
  await chatStarted;
  expect(errors).toEqual([]);
});
