// Two tabs of the same site, in a real Chromium, against the reference server: the built core bundle
// (packages/core/dist/index.js) keeps ONE realtime connection for both tabs (Web Locks + BroadcastChannel),
// both tabs see the team's replies, and when the leader tab closes the other one takes the connection over.
// The page (fixtures/twoTabs.html) has no UI: the spec reads the state it exposes on `window.parleyTab`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  type Request,
  test,
} from '@playwright/test';
import { type RunningServer, startServer } from '../../packages/server/src/index.ts';
import { AGENT_TOKEN } from './fixtures/createAgentApi.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const coreDist = join(root, 'packages/core/dist');
const coreBundle = join(coreDist, 'index.js');

/** What `window.parleyTab.state` holds (see fixtures/twoTabs.js). */
interface TabState {
  statuses: string[];
  messageEvents: { conversationId: string; id: string; text: string }[];
  messages: { id: string; text: string; author: string; state: string }[];
  status: string;
  errors: string[];
}

interface TabWindow {
  parleyTab: {
    state: TabState;
    connection(): string;
    contactId(): string | null;
    create(text: string): Promise<string>;
    watch(conversationId: string): void;
  };
}

/** One open tab, with the realtime requests (event stream or long poll) it sent. */
interface Tab {
  page: Page;
  /** Every realtime request this tab sent, in order. */
  realtimeRequests: Request[];
  /** The realtime requests of this tab still open (no response body end, no failure yet). */
  openRealtime: Set<Request>;
  pageErrors: Error[];
  state(): Promise<TabState>;
  connection(): Promise<string>;
  contactId(): Promise<string | null>;
}

/** `/v1/events` (the stream) and `/v1/events/poll` (its fallback): either is the tab's connection. */
const isRealtime = (request: Request): boolean => new URL(request.url()).pathname.startsWith('/v1/events');

/** The bare module specifiers `file` imports (what a browser cannot resolve without an import map). */
function bareImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)]
    .concat([...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)])
    .map((match) => match[1] ?? '');
  return [...new Set(specifiers.filter((specifier) => !/^(\.{0,2}\/|[a-z]+:)/.test(specifier)))].sort();
}

/** The fixture page's import map: bare specifier → `/vendor/<package>/<file>`. */
function importMap(): Record<string, string> {
  const html = readFileSync(join(fixturesDir, 'twoTabs.html'), 'utf8');
  const json = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('fixtures/twoTabs.html has no import map.');
  return (JSON.parse(json) as { imports: Record<string, string> }).imports;
}

/** Newest modification time of the files under `dir` (tests excluded), to spot a stale build. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.test(-d)?\.ts$/.test(entry.name)) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

let server: RunningServer;

test.beforeAll(async () => {
  if (!existsSync(coreBundle)) {
    throw new Error('packages/core/dist/index.js is missing: run npm run build first.');
  }
  if (newestSource(join(root, 'packages/core/src')) > statSync(coreBundle).mtimeMs) {
    console.warn('[browser tests] packages/core/dist is older than its sources: run npm run build.');
  }
  // The npm bundle leaves its dependencies to the host's bundler; here the page's import map stands in
  // for it, each package's dist folder served under /vendor/<name>/. A new dependency must join the map.
  const map = importMap();
  const unmapped = bareImports(coreBundle).filter((specifier) => !(specifier in map));
  if (unmapped.length > 0) {
    throw new Error(
      `packages/core/dist/index.js imports ${unmapped.join(', ')}, which fixtures/twoTabs.html does not map.`,
    );
  }
  // Resolved as the core package resolves them; every mapped package ships its ESM file in that folder.
  const requireFromCore = createRequire(join(root, 'packages/core/package.json'));
  const vendorRoutes = Object.entries(map).map(([name, url]) => {
    const dir = dirname(requireFromCore.resolve(name));
    const file = url.slice(`/vendor/${name}/`.length);
    if (!existsSync(join(dir, file))) throw new Error(`${name}: ${file} is not in ${dir}.`);
    return { urlPrefix: `/vendor/${name}/`, dir };
  });

  server = await startServer({
    port: 0,
    database: ':memory:',
    settings: { agentToken: AGENT_TOKEN },
    staticRoutes: [
      { urlPrefix: '/', dir: fixturesDir },
      { urlPrefix: '/core/', dir: coreDist },
      ...vendorRoutes,
    ],
  });
});

test.afterAll(async () => {
  await server?.close();
});

/** Opens the fixture page in a new tab of `context`, and records its realtime requests. */
async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const realtimeRequests: Request[] = [];
  const openRealtime = new Set<Request>();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('request', (request) => {
    if (!isRealtime(request)) return;
    realtimeRequests.push(request);
    openRealtime.add(request);
  });
  page.on('requestfinished', (request) => openRealtime.delete(request));
  page.on('requestfailed', (request) => openRealtime.delete(request));
  await page.goto(`${server.url}/twoTabs.html`);
  await page.waitForFunction(() => (window as unknown as Partial<TabWindow>).parleyTab !== undefined);
  return {
    page,
    realtimeRequests,
    openRealtime,
    pageErrors,
    state: () => page.evaluate(() => (window as unknown as TabWindow).parleyTab.state),
    connection: () => page.evaluate(() => (window as unknown as TabWindow).parleyTab.connection()),
    contactId: () => page.evaluate(() => (window as unknown as TabWindow).parleyTab.contactId()),
  };
}

/** A person on the team answers in the conversation, through the agent API. */
async function teamReplies(
  request: APIRequestContext,
  conversationId: string,
  text: string,
): Promise<{ id: string }> {
  const response = await request.post(`${server.url}/v1/agent/conversations/${conversationId}/messages`, {
    headers: { Authorization: `Bearer ${AGENT_TOKEN}` },
    data: { text, author: { name: 'Sam' }, clientMessageId: crypto.randomUUID() },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}

/** Whether the server counts the conversation's visitor as connected (an open stream or long poll). */
async function visitorOnline(request: APIRequestContext, conversationId: string): Promise<boolean> {
  const response = await request.get(`${server.url}/v1/agent/conversations/${conversationId}`, {
    headers: { Authorization: `Bearer ${AGENT_TOKEN}` },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { visitorOnline: boolean }).visitorOnline;
}

/** The ids that occur more than once. */
const repeated = (ids: readonly string[]): string[] => ids.filter((id, index) => ids.indexOf(id) !== index);

test('two tabs share one realtime connection, both get the replies, and the other tab takes over when the leader closes', async ({
  context,
  request,
}) => {
  // Tab A starts a conversation and watches it: it is the only tab, so it leads and opens the stream.
  const tabA = await openTab(context);
  const conversationId = await tabA.page.evaluate(() =>
    (window as unknown as TabWindow).parleyTab.create('Hello from tab A'),
  );
  const contactId = await tabA.contactId();
  expect(contactId).toEqual(expect.any(String));
  await tabA.page.evaluate((id) => (window as unknown as TabWindow).parleyTab.watch(id), conversationId);
  await expect.poll(() => tabA.connection()).toBe('online');
  await expect.poll(() => tabA.openRealtime.size).toBe(1);

  // Tab B, same origin and browser profile: it reads the session tab A stored in IndexedDB (same
  // visitor, so the same connection to share) and follows tab A's connection instead of opening one.
  const tabB = await openTab(context);
  await tabB.page.evaluate((id) => (window as unknown as TabWindow).parleyTab.watch(id), conversationId);
  await expect.poll(async () => (await tabB.state()).status).toBe('ready');
  expect(await tabB.contactId()).toBe(contactId);
  await expect.poll(() => tabB.connection()).toBe('online');
  expect((await tabB.state()).messages.map((message) => message.text)).toContain('Hello from tab A');

  // The team replies: both tabs show it, each once, through tab A's one stream.
  const first = await teamReplies(request, conversationId, 'First reply from the team');
  for (const tab of [tabA, tabB]) {
    await expect
      .poll(async () => (await tab.state()).messages.filter((message) => message.id === first.id))
      .toEqual([{ id: first.id, text: 'First reply from the team', author: 'agent', state: 'sent' }]);
    await expect
      .poll(async () => (await tab.state()).messageEvents.filter((event) => event.id === first.id).length)
      .toBe(1);
  }
  expect(tabA.realtimeRequests).toHaveLength(1);
  expect(tabA.openRealtime.size).toBe(1);
  expect(tabB.realtimeRequests.map((r) => r.url())).toEqual([]);
  expect(await visitorOnline(request, conversationId)).toBe(true);

  // The leader tab closes: the browser releases its lock, tab B takes it and opens its own stream
  // (resuming after the last event it delivered).
  await tabA.page.close();
  await expect.poll(() => tabB.openRealtime.size).toBe(1);
  expect(tabB.realtimeRequests).toHaveLength(1);
  // It resumes after the last event it had (relayed by tab A), rather than reloading everything.
  expect(await tabB.realtimeRequests[0]?.allHeaders()).toHaveProperty('last-event-id', expect.any(String));
  await expect.poll(() => tabB.connection()).toBe('online');
  await expect.poll(() => visitorOnline(request, conversationId)).toBe(true);

  // The next reply reaches tab B over its own stream, and nothing is shown or announced twice.
  const second = await teamReplies(request, conversationId, 'Second reply from the team');
  await expect
    .poll(async () => (await tabB.state()).messages.filter((message) => message.id === second.id))
    .toEqual([{ id: second.id, text: 'Second reply from the team', author: 'agent', state: 'sent' }]);
  await expect
    .poll(async () => (await tabB.state()).messageEvents.filter((event) => event.id === second.id).length)
    .toBe(1);
  const final = await tabB.state();
  expect(repeated(final.messages.map((message) => message.id))).toEqual([]);
  expect(repeated(final.messageEvents.map((event) => event.id))).toEqual([]);
  expect(
    final.messages.filter((message) => message.author === 'agent').map((message) => message.text),
  ).toEqual(['First reply from the team', 'Second reply from the team']);
  expect(tabB.realtimeRequests).toHaveLength(1);
  expect(final.errors).toEqual([]);
  expect(tabB.pageErrors).toEqual([]);
  expect(tabA.pageErrors).toEqual([]);
});
