import {
  type Conversation,
  createClient,
  createMemoryStorage,
  type ParleyClient,
  type WidgetConfig,
} from '@parley/core';
import { createParleyHandlers } from '@parley/server/msw';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { WidgetContext } from '../../components/WidgetContext';
import { englishMessages } from '../../i18n/englishMessages';
import { createNavigation } from '../../navigation/createNavigation';
import { setupParleyServer, testBaseUrl } from '../../testing/setupParleyServer';
import { createStoryTeam, STORY_AGENT_TOKEN } from '../conversation/testing/createStoryTeam';
import { ConversationListView } from './ConversationListView';

const server = setupParleyServer();
const team = createStoryTeam(testBaseUrl);

beforeEach(() => {
  // A fresh engine per test, with the team's API and without the demo bot: only what a test writes shows.
  server.use(...createParleyHandlers({ settings: { agentToken: STORY_AGENT_TOKEN, demoBot: false } }));
});

/** The list view in a widget context, for a new visitor prepared by `prepare`; the team is always available. */
async function renderList(
  prepare?: (client: ParleyClient) => Promise<void>,
  change: (config: WidgetConfig) => WidgetConfig = (config) => config,
) {
  const client = createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });
  await prepare?.(client);
  const config = change({ ...(await client.config()), availability: null });
  const navigation = createNavigation({ view: 'conversations' });
  render(
    <WidgetContext.Provider
      value={{ client, config, messages: englishMessages, locale: 'en', navigation, idPrefix: 'test' }}
    >
      <ConversationListView />
    </WidgetContext.Provider>,
  );
  return { client, navigation };
}

/** A conversation as the backend lists it, last written to by Maya at `at`. */
function listed(id: string, at: string, text: string): Conversation {
  const maya = { kind: 'agent', id: null, name: 'Maya', avatarUrl: null } as const;
  return {
    id,
    status: 'open',
    assignee: maya,
    createdAt: at,
    updatedAt: at,
    lastMessage: {
      id: `msg_${id}`,
      conversationId: id,
      clientMessageId: null,
      author: maya,
      text,
      parts: [],
      attachments: [],
      createdAt: at,
    },
    unreadCount: 0,
    lastReadByTeam: null,
    rating: null,
    context: {},
  };
}
const forbidden = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' },
    { status: 403, headers: { 'content-type': 'application/problem+json' } },
  );

const conversationRows = () => within(screen.getByRole('list')).getAllByRole('button');

describe('ConversationListView', () => {
  it('says so when the visitor has no conversation, and starts one', async () => {
    const user = userEvent.setup();
    const { navigation } = await renderList();
    expect(screen.getByRole('heading', { level: 3, name: 'Messages' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No conversations yet'));
    expect(screen.queryByRole('list')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Send us a message' }));
    expect(navigation.current()).toEqual({ view: 'newConversation', text: '' });
  });

  it('leads to the offline form without live conversations, and to nothing without either', async () => {
    const user = userEvent.setup();
    const offline = (config: WidgetConfig) => ({
      ...config,
      capabilities: { ...config.capabilities, conversations: false },
    });
    const { navigation } = await renderList(undefined, offline);
    await user.click(screen.getByRole('button', { name: 'Send us a message' }));
    expect(navigation.current()).toEqual({ view: 'offlineForm', text: '' });

    document.body.replaceChildren();
    await renderList(undefined, (config) => {
      const changed = offline(config);
      return { ...changed, capabilities: { ...changed.capabilities, tickets: false } };
    });
    expect(screen.queryByRole('button', { name: 'Send us a message' })).toBeNull();
  });

  it('shows each conversation with who answers, the last message, unread count and status; opens one', async () => {
    const user = userEvent.setup();
    const created: Conversation[] = [];
    const { navigation } = await renderList(async (client) => {
      for (const text of ['Where is my **invoice**?', 'My notes do not sync', 'Can I pay monthly?']) {
        created.push(await client.conversations.create({ text }));
      }
      await team.reply(created[0]!.id, 'Hi! Your invoice is under *Billing*.', {
        author: { name: 'Maya Okafor' },
      });
      await team.status(created[1]!.id, 'resolved');
      await team.status(created[2]!.id, 'resolved');
      await client.conversations.rate(created[2]!.id, { score: 4 });
    });
    await waitFor(() => expect(conversationRows()).toHaveLength(3));
    const [rated, resolved, answered] = conversationRows();

    // The most recently updated first; a resolved conversation says so quietly, and only once.
    expect(rated!.textContent).toContain('You rated this conversation 4 out of 5');
    expect(rated!.querySelector('.parley-conversation-status')?.textContent).toBe('Resolved ');
    expect(resolved!.textContent).toContain('Conversation resolved');
    expect(resolved!.querySelector('.parley-conversation-status')).toBeNull();
    expect(resolved!.hasAttribute('data-unread')).toBe(false);
    expect(answered!.textContent).toContain('Maya Okafor');
    expect(answered!.textContent).toContain('Hi! Your invoice is under Billing.');
    expect(answered!.textContent).toMatch(/\d unread messages?$/);
    expect(answered!.hasAttribute('data-unread')).toBe(true);
    expect(answered!.querySelector('.parley-conversation-status')).toBeNull();
    expect(answered!.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);

    await user.click(answered!);
    expect(navigation.current()).toEqual({ view: 'conversation', conversationId: created[0]!.id });
  });

  it('offers the error with a retry when the list cannot load', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/v1/conversations', forbidden, { once: true }));
    await renderList(async (client) => {
      await client.conversations.create({ text: 'Hello' });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(englishMessages.errors.forbidden ?? englishMessages.errors.default);

    await user.click(within(alert).getByRole('button', { name: englishMessages.retry }));
    // Focus stays in the view while the notice goes away.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3 }));
    await waitFor(() => expect(conversationRows()).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('loads older conversations on request, and retries the page that failed', async () => {
    const user = userEvent.setup();
    let olderFails = true;
    server.use(
      http.get('*/v1/conversations', ({ request }) => {
        if (!new URL(request.url).searchParams.get('cursor')) {
          return HttpResponse.json({
            data: [listed('cnv_new', '2026-03-12T09:00:00Z', 'Newer')],
            nextCursor: 'p2',
          });
        }
        if (olderFails) {
          olderFails = false;
          return forbidden();
        }
        return HttpResponse.json({
          data: [listed('cnv_old', '2026-03-01T09:00:00Z', 'Older')],
          nextCursor: null,
        });
      }),
    );
    await renderList();
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    const alert = await screen.findByRole('alert');
    // What loaded stays.
    expect(conversationRows()).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: englishMessages.retry }));
    await waitFor(() => expect(conversationRows()).toHaveLength(2));
    expect(conversationRows()[1]!.textContent).toContain('Older');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
