import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { setupParleyServer } from '../../testing/setupParleyServer';
import { patchConfig } from './testing/patchConfig';
import { renderView } from './testing/renderView';

const server = setupParleyServer();

const alwaysOpen = {
  timeZone: 'Europe/London',
  weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: '00:00', closes: '24:00' })),
  isOpen: true,
  nextOpensAt: null,
  expectedReplyMinutes: 120,
};

describe('<HomeView>', () => {
  it('greets, tells when the team replies, and opens a new conversation', async () => {
    server.use(patchConfig((config) => ({ ...config, availability: alwaysOpen })));
    const { navigation } = renderView({ view: 'home' });
    expect(await screen.findByRole('heading', { level: 3, name: 'Hi there 👋' })).toBeTruthy();
    expect(screen.getByText('We usually reply in 2 hours')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Send us a message' }));
    expect(navigation.current()).toEqual({ view: 'newConversation', text: '' });
  });

  it('leads to the offline form while the team is away', async () => {
    server.use(patchConfig((config) => ({ ...config, availability: { ...alwaysOpen, weekly: [] } })));
    const { navigation } = renderView({ view: 'home' });
    expect(await screen.findByText(/We’re away right now/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Send us a message' }));
    expect(navigation.current()).toEqual({ view: 'offlineForm', text: '' });
  });

  it('hides what the capabilities leave out', async () => {
    server.use(
      patchConfig((config) => ({
        ...config,
        capabilities: { ...config.capabilities, conversations: false, tickets: false, knowledgeBase: false },
      })),
    );
    renderView({ view: 'home' });
    await screen.findByText('Hi there 👋');
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send us a message' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check a request' })).toBeNull();
  });

  it('opens the search view with what the visitor types, and keeps typing there', async () => {
    const user = userEvent.setup();
    const { navigation } = renderView({ view: 'home' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search for help' }), 'pass');
    expect(navigation.current()).toEqual({ view: 'search', query: 'pass' });
    expect(navigation.getSnapshot()).toHaveLength(2);
    const box = screen.getByRole('searchbox', { name: 'Search for help' });
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('pass');
  });

  it('shows the recent conversation with its unread count, and all conversations when there are several', async () => {
    const { client, navigation } = renderView({ view: 'home' });
    await screen.findByText('Hi there 👋');
    await client.conversations.create({ text: 'Where is my **invoice**?' });
    // The demo bot answers: an unread message from the team.
    const card = await screen.findByRole('button', { name: /1 unread message/ });
    expect(card.textContent).toContain('Lumen Assistant');
    expect(screen.queryByRole('button', { name: 'See all conversations' })).toBeNull();
    const latest = await client.conversations.create({ text: 'And another thing' });
    await userEvent.click(await screen.findByRole('button', { name: 'See all conversations' }));
    expect(navigation.current()).toEqual({ view: 'conversations' });
    navigation.back();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Recent conversation' })).toBeTruthy());
    const recent = within(screen.getByRole('region', { name: 'Recent conversation' }));
    await userEvent.click(recent.getAllByRole('button')[0] as HTMLElement);
    expect(navigation.current()).toEqual({ view: 'conversation', conversationId: latest.id });
  });

  it('starts no session and loads no conversation for a visitor who never asked for help', async () => {
    const requests: string[] = [];
    const record = ({ request }: { request: Request }) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
    };
    server.events.on('request:start', record);
    renderView({ view: 'home' });
    await screen.findByRole('heading', { level: 3, name: 'Hi there 👋' });
    // The home's own requests (config, suggestions) have gone out: anything else would have too.
    await waitFor(() => expect(requests).toContain('GET /v1/kb/suggest'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.events.removeListener('request:start', record);
    expect(requests.filter((request) => /session|conversations|events/.test(request))).toEqual([]);
  });

  it('suggests articles for the page, and opens one', async () => {
    let pageUrl: string | null = null;
    server.use(
      http.get('*/v1/kb/suggest', ({ request }) => {
        pageUrl = new URL(request.url).searchParams.get('pageUrl');
        return HttpResponse.json({
          data: [
            {
              id: 'art_reset_password',
              collectionId: 'col_account_security',
              locale: 'en',
              title: 'Reset your password',
              excerpt: 'If you forgot it…',
              updatedAt: '2026-09-14T10:20:00.000Z',
            },
          ],
        });
      }),
    );
    const { navigation } = renderView({ view: 'home' });
    const region = await screen.findByRole('region', { name: 'Suggested articles' });
    expect(pageUrl).toBe(location.href);
    await userEvent.click(within(region).getByRole('button', { name: 'Reset your password' }));
    expect(navigation.current()).toEqual({ view: 'article', articleId: 'art_reset_password' });
  });
});
