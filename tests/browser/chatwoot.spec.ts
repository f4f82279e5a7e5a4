// Smoke test of examples/chatwoot in a real Chromium: the example is built with Vite against a fake Chatwoot
// (the adapter's test fake: Client API + ActionCable on 127.0.0.1) and served by `vite preview`, with no
// Parley server anywhere. A visitor writes from the widget, the fake stores the message once, and an agent's
// reply reaches the open widget over the fake's websocket.
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { PreviewServer } from 'vite';
import { createFakeChatwoot, type FakeChatwoot } from '../../packages/adapter-chatwoot/src/testing/index.ts';
import { buildExamples } from '../../scripts/buildExamples.mjs';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';

const exampleDir = fileURLToPath(new URL('../../examples/chatwoot/', import.meta.url));
// Built into a folder of its own, not into the example's dist/.
const outDir = join(tmpdir(), `parley-example-chatwoot-${process.pid}-${Date.now()}`);
const inboxIdentifier = 'smoke-test-inbox';

let chatwoot: FakeChatwoot;
let preview: PreviewServer;
let pageUrl: string;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  chatwoot = await createFakeChatwoot({ inboxes: [{ identifier: inboxIdentifier }] });
  await buildExamples({
    names: ['chatwoot'],
    outDir: () => outDir,
    env: { VITE_CHATWOOT_URL: chatwoot.url, VITE_CHATWOOT_INBOX: inboxIdentifier },
  });
  const { preview: startPreview } = await import('vite');
  preview = await startPreview({
    root: exampleDir,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = preview.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  pageUrl = url;
});

test.afterAll(async () => {
  await preview?.close();
  await chatwoot?.close();
  await rm(outDir, { recursive: true, force: true });
});

test('chatwoot: the widget on a Chatwoot inbox sends a message once and shows the agent’s reply live, with no help centre or tickets', async ({
  page,
}) => {
  const thrown = collectPageErrors(page);
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  await page.goto(pageUrl);
  await expect(page.getByText(`at ${chatwoot.url}, in the API inbox ${inboxIdentifier}`)).toBeVisible();

  await page.getByRole('button', { name: 'Help', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Lumen' });
  await expect(panel.getByRole('heading', { name: 'Hi there' })).toBeVisible();
  // What Chatwoot's Client API cannot do is not offered: no help-centre search, no ticket lookup.
  await expect(panel.getByRole('button', { name: 'Send us a message' })).toBeVisible();
  await expect(panel.getByRole('searchbox')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Check a request' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Send us a message' }).click();
  const question = 'Is my invoice INV-1042 paid?';
  await panel.getByRole('textbox', { name: 'Message' }).fill(question);
  // No suggested articles as the visitor types: there is no knowledge base.
  await expect(panel.getByRole('list', { name: /articles/i })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Send', exact: true }).click();
  const log = panel.getByRole('log', { name: 'Messages' });
  await expect(log.getByText(question)).toHaveCount(1);

  // Chatwoot has it, once, in one conversation of a new contact of the inbox.
  await expect
    .poll(() =>
      chatwoot.conversations().flatMap((conversation) =>
        chatwoot
          .messages(conversation.id)
          .filter((message) => message.messageType === 0)
          .map((message) => message.content),
      ),
    )
    .toEqual([question]);
  const [conversation] = chatwoot.conversations();
  expect(chatwoot.contacts()).toHaveLength(1);
  await expect.poll(() => chatwoot.socketCount()).toBe(1);

  // The agent answers in Chatwoot: the reply arrives over the websocket, without the messages being read
  // again, and the visitor's own message (echoed by Chatwoot) still shows once.
  const requestsBefore = chatwoot.requests().length;
  chatwoot.agentReply(conversation!.id, 'Yes, it was paid on 1 November.');
  await expect(log.getByText('Yes, it was paid on 1 November.')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Alex Agent', exact: true })).toBeVisible();
  await expect(log.getByText(question)).toHaveCount(1);
  expect(
    chatwoot
      .requests()
      .slice(requestsBefore)
      .filter((request) => request.method === 'GET' && request.path.endsWith('/messages')),
  ).toEqual([]);

  const events = page.getByRole('region', { name: 'What the widget told the page' }).getByRole('listitem');
  await expect(events.filter({ hasText: `Conversation cnv_${conversation!.id} started.` })).toHaveCount(1);
  await expect(events.filter({ hasText: 'Alex Agent replied: Yes, it was paid on 1 November.' })).toHaveCount(
    1,
  );
  expect({ thrown, logged }).toEqual({ thrown: [], logged: [] });
});
