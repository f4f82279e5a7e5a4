// What a person on the support team does in the agent inbox (/agent/), in a real Chromium, against the
// reference server: the visitor side is played through the visitor API, the team side through the page.
// Elements are found by role and accessible name.
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { type RunningServer, startServer } from '../../packages/server/src/index.ts';
import { axeViolations } from './fixtures/axeViolations.ts';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { AGENT_TOKEN } from './fixtures/createAgentApi.ts';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer({ port: 0, database: ':memory:', settings: { agentToken: AGENT_TOKEN } });
});

test.afterAll(async () => {
  await server?.close();
});

interface Visitor {
  conversationId: string;
  /** Calls the visitor API with the visitor's session. */
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
}

/** The visitor API, called with one visitor session. */
interface VisitorApi {
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
  patch(path: string, body: unknown): Promise<unknown>;
}

/** Starts an anonymous visitor session on the demo widget; every call must succeed. */
async function visitorSession(request: APIRequestContext): Promise<VisitorApi> {
  const url = (path: string) => `${server.url}/v1${path}`;
  const ok = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(response.ok(), `${response.url()}: ${response.status()} ${await response.text()}`).toBe(true);
    return response.status() === 204 ? undefined : response.json();
  };
  const session = (await ok(await request.post(url('/session'), { data: { widgetKey: 'wk_demo' } }))) as {
    token: string;
  };
  const headers = { Authorization: `Bearer ${session.token}` };
  return {
    get: async (path) => ok(await request.get(url(path), { headers })),
    post: async (path, body) => ok(await request.post(url(path), { headers, data: body })),
    patch: async (path, body) => ok(await request.patch(url(path), { headers, data: body })),
  };
}

/**
 * A visitor of the demo site who starts a conversation with a first message, from a page of the site, and
 * leaves an email address. They keep no event stream open: for the server they are away.
 */
async function startVisitor(
  request: APIRequestContext,
  { name, email, text, pageUrl }: { name: string; email: string; text: string; pageUrl: string },
): Promise<Visitor> {
  const api = await visitorSession(request);
  const conversation = (await api.post('/conversations', {
    message: { clientMessageId: crypto.randomUUID(), text },
    context: { pageUrl },
  })) as { id: string };
  await api.patch('/session/contact', { name, email });
  return { conversationId: conversation.id, get: api.get, post: api.post };
}

interface MessageBody {
  text: string;
  author: { kind: string; name: string };
}

async function signIn(page: Page, token = AGENT_TOKEN): Promise<void> {
  await page.goto(`${server.url}/agent/`);
  await page.getByLabel('Agent token').fill(token);
  await page.getByRole('button', { name: 'Open the inbox' }).click();
}

/** No axe accessibility violations on the page as it is now, in the light and in the dark colour scheme. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${colorScheme} colour scheme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

test('an agent signs in, answers a visitor, resolves the conversation and finds the reply email in the outbox', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const visitor = await startVisitor(request, {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    text: 'How do I export my notes to PDF?',
    pageUrl: 'https://lumen.example/pricing',
  });

  await page.goto(`${server.url}/agent/`);
  await expect(page.getByRole('button', { name: 'Open the inbox' })).toBeVisible();
  await expectNoAxeViolations(page);
  await signIn(page);

  // The list names the visitor and their email.
  const entry = page.getByRole('button', { name: /Ada Lovelace/ });
  await expect(entry).toContainText('ada@example.com');
  await entry.click();
  await expect(entry).toHaveAttribute('aria-current', 'true');

  // Who they are, where they wrote from, who is answering, and what was said so far.
  const detail = page.getByRole('region', { name: 'Ada Lovelace' });
  await expect(detail.getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();
  await expect(detail.getByRole('link', { name: 'ada@example.com' })).toHaveAttribute(
    'href',
    'mailto:ada@example.com',
  );
  await expect(detail.getByRole('link', { name: 'https://lumen.example/pricing' })).toBeVisible();
  await expect(detail).toContainText('Lumen Assistant (bot) is answering');
  const thread = detail.getByRole('log', { name: 'Messages' });
  await expect(
    thread.getByRole('listitem').filter({ hasText: 'How do I export my notes to PDF?' }),
  ).toContainText('Ada Lovelace');
  await expect(thread.getByRole('listitem').filter({ hasText: 'Lumen Assistant' })).toContainText(
    /person from the team/i,
  );
  await expectNoAxeViolations(page);

  // The agent answers under their own name.
  await detail.getByRole('textbox', { name: 'Answering as' }).fill('Sam');
  const reply = 'You can export any note from its menu: Export, then PDF.';
  const replyBox = detail.getByRole('textbox', { name: 'Reply' });
  await replyBox.fill(reply);
  await detail.getByRole('button', { name: 'Send' }).click();
  await expect(thread.getByRole('listitem').filter({ hasText: reply })).toContainText('Sam');
  await expect(thread.getByText('Sam joined the conversation')).toBeVisible();
  await expect(replyBox).toHaveValue('');
  await expect(detail).toContainText('Answered by Sam');

  // The visitor's side of the conversation has the reply, from a person on the team.
  const { data: messages } = (await visitor.get(`/conversations/${visitor.conversationId}/messages`)) as {
    data: MessageBody[];
  };
  expect(messages.find((message) => message.text === reply)?.author).toMatchObject({
    kind: 'agent',
    name: 'Sam',
  });

  const resolve = detail.getByRole('button', { name: 'Resolve' });
  await resolve.click();
  // Still on screen (it left the list of open conversations), now offering to reopen it.
  await expect(detail.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Reopen' })).toBeFocused();
  await expect(thread.getByText('Resolved', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ada Lovelace/ })).toHaveCount(0);
  const conversation = (await visitor.get(`/conversations/${visitor.conversationId}`)) as { status: string };
  expect(conversation.status).toBe('resolved');

  // Ada was away (no event stream open), so the reply went out by email as well.
  await page.getByRole('tab', { name: 'Outbox' }).click();
  await expect(page.getByRole('tab', { name: 'Outbox' })).toHaveAttribute('aria-selected', 'true');
  const email = page.getByRole('button', { name: /ada@example\.com/ });
  await expect(email).toContainText('New reply from Lumen');
  await email.click();
  const emailDetail = page.getByRole('region', { name: 'New reply from Lumen' });
  await expect(emailDetail.getByRole('link', { name: 'ada@example.com' })).toBeVisible();
  await expect(emailDetail).toContainText('Sam replied to your conversation with Lumen:');
  await expect(emailDetail).toContainText(reply);
  await expect(emailDetail).toContainText('?parley_link=');
  await expectNoAxeViolations(page);

  // From the email back to its conversation.
  await emailDetail.getByRole('button', { name: 'Open the conversation' }).click();
  await expect(page.getByRole('tab', { name: 'Conversations' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('region', { name: 'Ada Lovelace' }).getByRole('log').getByText(reply),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('the open conversation updates live when the visitor types and writes, without reloading the page', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const visitor = await startVisitor(request, {
    name: 'Grace Hopper',
    email: 'grace@example.com',
    text: 'Is there a student discount?',
    pageUrl: 'https://lumen.example/plans',
  });
  await signIn(page);
  await expect(page.getByRole('status')).toHaveText('Live');
  await page.getByRole('button', { name: /Grace Hopper/ }).click();
  const detail = page.getByRole('region', { name: 'Grace Hopper' });
  const thread = detail.getByRole('log', { name: 'Messages' });
  await expect(thread.getByText('Is there a student discount?')).toBeVisible();
  // A reload would lose this marker.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  // The agent has started a reply: live updates must not take it away.
  const replyBox = detail.getByRole('textbox', { name: 'Reply' });
  await replyBox.fill('Let me check');
  await replyBox.focus();

  await visitor.post(`/conversations/${visitor.conversationId}/typing`, { typing: true });
  await expect(detail.getByText('Grace Hopper is typing…')).toBeVisible();

  await visitor.post(`/conversations/${visitor.conversationId}/messages`, {
    clientMessageId: crypto.randomUUID(),
    text: 'I study at Cambridge.',
  });
  await expect(thread.getByText('I study at Cambridge.')).toBeVisible({ timeout: 5_000 });
  await expect(detail.getByText('Grace Hopper is typing…')).toHaveCount(0);
  await expect(replyBox).toBeFocused();
  await expect(replyBox).toHaveValue('Let me check');
  // The list shows the newest message too.
  await expect(page.getByRole('button', { name: /Grace Hopper/ })).toContainText('I study at Cambridge.');
  expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  expect(errors).toEqual([]);
});

test('a wrong token brings the sign-in form back with an explanation', async ({ page }) => {
  const errors = collectPageErrors(page);
  await signIn(page, 'not-the-token');
  await expect(page.getByRole('alert')).toHaveText('That token was refused.');
  await expect(page.getByLabel('Agent token')).toBeVisible();
  await expect(page.getByLabel('Agent token')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Open the inbox' })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Not connected');
  await expectNoAxeViolations(page);

  // The right token still works afterwards.
  await page.getByLabel('Agent token').fill(AGENT_TOKEN);
  await page.getByRole('button', { name: 'Open the inbox' }).click();
  await expect(page.getByRole('tab', { name: 'Conversations' })).toBeVisible();
  await expect(page.getByText('That token was refused.')).toBeHidden();
  expect(errors).toEqual([]);
});

interface TicketBody {
  id: string;
  reference: string;
  subject: string;
  status: string;
  statusHistory: { status: string; at: string }[];
}

interface CommentBody {
  text: string;
  author: { kind: string; name: string };
}

interface TicketVisitor {
  ticket: TicketBody;
  /** Calls the visitor API with the session that sent the offline form. */
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
}

/** A visitor of the demo site who finds nobody online and sends the offline form: a new ticket. */
async function submitTicket(
  request: APIRequestContext,
  ticket: { name: string; email: string; subject: string; message: string },
): Promise<TicketVisitor> {
  const api = await visitorSession(request);
  const created = (await api.post('/tickets', ticket)) as { ticket: TicketBody };
  expect(created.ticket.status).toBe('received');
  return { ticket: created.ticket, get: api.get, post: api.post };
}

/** Opens the Tickets tab, shows the received tickets and opens the one with `reference`. */
async function openReceivedTicket(page: Page, { reference, subject }: TicketBody) {
  const tab = page.getByRole('tab', { name: 'Tickets' });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Tickets' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Received' });
  const entry = page.getByRole('button', { name: new RegExp(reference) });
  await expect(entry).toContainText(subject);
  await expect(entry).toContainText('Received');
  await entry.click();
  await expect(entry).toHaveAttribute('aria-current', 'true');
  const detail = page.getByRole('region', { name: `${reference} · ${subject}` });
  await expect(detail.getByRole('heading', { name: `${reference} · ${subject}` })).toBeVisible();
  return { entry, detail, thread: detail.getByRole('log', { name: 'Messages' }) };
}

test('an agent answers a ticket from the offline form, then marks it solved', async ({ page, request }) => {
  const errors = collectPageErrors(page);
  const subject = 'Invoice shows the wrong VAT number';
  const message = 'My March invoice has our old VAT number. Can you fix it?';
  const visitor = await submitTicket(request, {
    email: 'katherine@example.com',
    name: 'Katherine Johnson',
    subject,
    message,
  });
  const ticketPath = `/tickets/${visitor.ticket.id}`;
  await signIn(page);
  const { entry, detail, thread } = await openReceivedTicket(page, visitor.ticket);
  await expect(entry).toContainText('katherine@example.com');

  // Who wrote, and what they wrote.
  await expect(detail.getByRole('link', { name: 'katherine@example.com' })).toHaveAttribute(
    'href',
    'mailto:katherine@example.com',
  );
  await expect(detail).toContainText('Katherine Johnson');
  await expect(thread.getByRole('listitem').filter({ hasText: message })).toContainText('Katherine Johnson');
  const status = detail.getByRole('combobox', { name: 'Ticket status' });
  await expect(status).toHaveValue('received');

  // The agent replies under their own name; the ticket now waits on the customer.
  await detail.getByRole('textbox', { name: 'Answering as' }).fill('Sam');
  const reply = 'Done: the invoice now shows your new VAT number. Can you check?';
  const replyBox = detail.getByRole('textbox', { name: 'Reply' });
  await replyBox.fill(reply);
  await detail.getByRole('button', { name: 'Send' }).click();
  await expect(thread.getByRole('listitem').filter({ hasText: reply })).toContainText('Sam');
  await expect(replyBox).toHaveValue('');
  await expect(status).toHaveValue('waiting_on_customer');

  // The customer sees the same on their side.
  expect(((await visitor.get(ticketPath)) as TicketBody).status).toBe('waiting_on_customer');
  const { data: comments } = (await visitor.get(`${ticketPath}/comments`)) as { data: CommentBody[] };
  expect(comments.map((comment) => comment.text)).toEqual([message, reply]);
  expect(comments[1]?.author).toMatchObject({ kind: 'agent', name: 'Sam' });

  // The agent marks it solved with the status control.
  await status.selectOption({ label: 'Solved' });
  await expect
    .poll(async () => ((await visitor.get(ticketPath)) as TicketBody).status, { timeout: 5_000 })
    .toBe('solved');
  await expect(status).toHaveValue('solved');
  await expect(detail.getByRole('alert')).toHaveText('');
  const solved = (await visitor.get(ticketPath)) as TicketBody;
  expect(solved.statusHistory.map((change) => change.status)).toEqual([
    'received',
    'waiting_on_customer',
    'solved',
  ]);

  // It is listed with the solved tickets.
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Solved' });
  await expect(page.getByRole('button', { name: new RegExp(visitor.ticket.reference) })).toContainText(
    'Solved',
  );
  expect(errors).toEqual([]);
});

test('an open ticket updates live when the customer replies, and the Tickets tab is accessible', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const visitor = await submitTicket(request, {
    email: 'dorothy@example.com',
    name: 'Dorothy Vaughan',
    subject: 'Cannot share a notebook',
    message: 'The Share button is greyed out on my team notebook.',
  });
  await signIn(page);
  await expect(page.getByRole('status')).toHaveText('Live');
  const { detail, thread } = await openReceivedTicket(page, visitor.ticket);
  await expect(thread.getByText('The Share button is greyed out on my team notebook.')).toBeVisible();
  await expectNoAxeViolations(page);
  // A reload would lose this marker.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  // The agent has started a reply: live updates must not take it away.
  const replyBox = detail.getByRole('textbox', { name: 'Reply' });
  await replyBox.fill('Let me look');
  await replyBox.focus();

  await visitor.post(`/tickets/${visitor.ticket.id}/comments`, {
    text: 'I am the notebook owner, if it helps.',
  });
  await expect(
    thread.getByRole('listitem').filter({ hasText: 'I am the notebook owner, if it helps.' }),
  ).toContainText('Dorothy Vaughan', { timeout: 5_000 });
  await expect(replyBox).toBeFocused();
  await expect(replyBox).toHaveValue('Let me look');
  expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  expect(errors).toEqual([]);
});
