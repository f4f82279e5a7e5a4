import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { createParleyHandlers } from '@parley/server/msw';
import { act, render, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupParleyServer, testBaseUrl } from '../testing/setupParleyServer';
import { createStoryTeam, STORY_AGENT_TOKEN } from '../views/conversation/testing/createStoryTeam';
import { useUnreadCount } from './useUnreadCount';

const server = setupParleyServer();

beforeEach(() => {
  server.use(...createParleyHandlers({ settings: { agentToken: STORY_AGENT_TOKEN, demoBot: false } }));
});

function Count({ client }: { client: ParleyClient }) {
  return <output>{useUnreadCount(client)}</output>;
}

const newClient = () =>
  createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });
const shown = () => document.querySelector('output')?.textContent;

describe('useUnreadCount', () => {
  it('costs a visitor who never asked for help no request', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(request.url));
    render(<Count client={newClient()} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(shown()).toBe('0');
    expect(requests).toEqual([]);
    server.events.removeAllListeners();
  });

  it("counts the team's unread replies once the visitor has a session, and forgets them on logout", async () => {
    const client = newClient();
    const { id } = await client.conversations.create({ text: 'Hello' });
    await createStoryTeam(testBaseUrl).reply(id, 'Hi! How can I help?');
    render(<Count client={client} />);
    await waitFor(() => expect(shown()).toBe('1'));

    await act(() => client.session.logout());
    expect(shown()).toBe('0');
  });
});
