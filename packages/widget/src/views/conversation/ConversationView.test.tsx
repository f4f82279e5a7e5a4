import type { ParleyClient } from '@parley/core';
import { fireEvent, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWidgetAt, testClient } from '../../testing/renderWidgetAt';
import { setupParleyServer, testBaseUrl } from '../../testing/setupParleyServer';
import { createStoryTeam } from './testing/createStoryTeam';
import { createTeamHandlers } from './testing/createTeamHandlers';

const server = setupParleyServer();
const team = createStoryTeam(testBaseUrl);
const clients: ParleyClient[] = [];

/** A visitor's conversation that starts with `text` (the demo bot answers it), open in the widget. */
async function openConversation(text = 'How do I export my notes?') {
  server.use(...createTeamHandlers());
  const client = testClient();
  clients.push(client);
  const { id } = await client.conversations.create({ text });
  return { id, ...renderWidgetAt({ view: 'conversation', conversationId: id }, client) };
}

describe('ConversationView', () => {
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  it('shows the bot answering, with article cards that open inside the widget and live quick replies', async () => {
    const { panel, user, navigation } = await openConversation();
    expect(await panel.findByRole('heading', { name: 'Lumen Assistant' })).toBeTruthy();
    const log = panel.getByRole('log', { name: 'Messages' });
    expect(log.getAttribute('aria-live') ?? 'polite').toBe('polite');
    expect(log.textContent).toContain('You: How do I export my notes?');
    expect(log.textContent).toContain('Lumen Assistant: Here are some articles that might help.');
    expect(panel.getByText('Today')).toBeTruthy();
    await user.click(panel.getAllByRole('button', { name: /^Export your notes/ })[0] as HTMLElement);
    expect(navigation.current()).toMatchObject({ view: 'article' });
  });

  it('sends the quick reply tapped, with its id, and retires the buttons', async () => {
    const { panel, user } = await openConversation();
    const replies = await panel.findByRole('group', { name: 'Suggested replies' });
    await user.click(panel.getByRole('button', { name: 'That helped' }));
    expect(replies.isConnected).toBe(false);
    // Tapped: focus stays in the conversation, without opening an on-screen keyboard.
    expect(document.activeElement).toBe(panel.getByRole('region', { name: 'Lumen Assistant' }));
    // The bot answers "That helped" only when it comes with the quick reply's id.
    expect(await panel.findByText(/Glad that helped!/)).toBeTruthy();
    expect(panel.queryByRole('group', { name: 'Suggested replies' })).toBeNull();
  });

  it('offers a way to a person while the bot answers, sending the bot’s hand-off quick reply', async () => {
    const { panel, user } = await openConversation();
    await user.click(await panel.findByRole('button', { name: 'That helped' }));
    await panel.findByText(/Glad that helped!/);
    const sent: unknown[] = [];
    server.use(
      http.post('*/v1/conversations/:id/messages', async ({ request }) => {
        sent.push(await request.clone().json());
      }),
    );
    await user.click(panel.getByRole('button', { name: 'Talk to a person' }));
    expect(panel.queryByRole('button', { name: 'Talk to a person' })).toBeNull();
    expect(await panel.findByText('You asked to talk to a person')).toBeTruthy();
    expect(sent).toEqual([expect.objectContaining({ text: 'Talk to a person', quickReplyId: 'qr_handoff' })]);
  });

  it('asks for a person, then shows the person who joins, their typing, their reply and what they read', async () => {
    const { id, panel, user } = await openConversation();
    await panel.findByRole('group', { name: 'Suggested replies' });
    panel.getByRole('button', { name: 'Talk to a person' }).focus();
    await user.keyboard('{Enter}');
    // Chosen with the keyboard: the composer takes focus, to write on.
    expect(document.activeElement).toBe(panel.getByRole('textbox', { name: 'Message' }));
    expect(await panel.findByText('You asked to talk to a person')).toBeTruthy();
    expect(await panel.findByText(/We’ll connect you with a person/)).toBeTruthy();
    expect(panel.queryByRole('button', { name: 'Talk to a person' })).toBeNull();

    await waitFor(() => expect(clients[0]?.connection.getSnapshot()).toBe('online'));
    await team.reply(id, 'Hi, I’m Priya. Let’s look at your export.', { author: { name: 'Priya Shah' } });
    expect(await panel.findByText('Priya Shah joined the conversation')).toBeTruthy();
    expect(await panel.findByRole('heading', { name: 'Priya Shah' })).toBeTruthy();
    expect(panel.getByText('Support team')).toBeTruthy();
    expect(panel.queryByText(/We’ll connect you with a person/)).toBeNull();
    await team.typing(id);
    expect(await panel.findByText('Priya Shah is typing…')).toBeTruthy();
    await team.reply(id, 'Which format do you need?', { author: { name: 'Priya Shah' } });
    expect(await panel.findByText('Which format do you need?')).toBeTruthy();
    expect(panel.queryByText(/is typing/)).toBeNull();

    const mine = (await team.messages(id)).filter((message) => message.author.kind === 'visitor');
    expect(panel.queryByText(/· Seen$/)).toBeNull();
    await team.read(id, mine[mine.length - 1]?.id ?? '');
    expect(await panel.findByText(/· Seen$/)).toBeTruthy();
  });

  it('marks the team’s messages read while the visitor sees them', async () => {
    const { id, client } = await openConversation();
    const store = client.conversations.get(id);
    await waitFor(() => expect(client.connection.getSnapshot()).toBe('online'));
    await team.reply(id, 'Anything else?');
    await waitFor(() => expect(store.getSnapshot().messages.at(-1)?.text).toBe('Anything else?'));
    await waitFor(() => expect(store.getSnapshot().unreadCount).toBe(0));
    await waitFor(async () => {
      const response = await fetch(`${testBaseUrl}/v1/agent/conversations/${id}`, {
        headers: { authorization: 'Bearer demo-agent-token' },
      });
      expect((await response.json()).conversation.unreadCount).toBe(0);
    });
  });

  it('asks for a rating once resolved, sends it with the comment, and thanks', async () => {
    const { id, panel, user, client } = await openConversation();
    await panel.findByRole('group', { name: 'Suggested replies' });
    await waitFor(() => expect(client.connection.getSnapshot()).toBe('online'));
    await team.status(id, 'resolved');
    expect(await panel.findByText('Conversation resolved')).toBeTruthy();
    expect(panel.getByText(/Send a message to reopen it/)).toBeTruthy();
    const question = panel.getByRole('group', { name: 'How would you rate this conversation?' });
    expect(question).toBeTruthy();
    await user.click(panel.getByRole('radio', { name: 'Great' }));
    await user.type(panel.getByRole('textbox', { name: 'Add a comment (optional)' }), 'Quick and kind');
    await user.click(panel.getByRole('button', { name: 'Send rating' }));
    expect(await panel.findByText('Thanks for your rating!')).toBeTruthy();
    expect(panel.queryByRole('radio')).toBeNull();
    expect(client.conversations.get(id).getSnapshot().conversation?.rating).toMatchObject({
      score: 5,
      comment: 'Quick and kind',
    });
    expect(await panel.findByText('You rated this conversation 5 out of 5')).toBeTruthy();
  });

  it('does not ask again for a rating already given', async () => {
    server.use(...createTeamHandlers());
    const client = testClient();
    clients.push(client);
    const { id } = await client.conversations.create({ text: 'Hello' });
    await team.status(id, 'resolved');
    await client.conversations.rate(id, { score: 4 });
    const { panel } = renderWidgetAt({ view: 'conversation', conversationId: id }, client);
    expect(await panel.findByText('You rated this conversation 4 out of 5')).toBeTruthy();
    expect(panel.queryByRole('radio')).toBeNull();
  });

  it('shows a message the backend refused as not sent, and sends it again with Retry', async () => {
    const { panel, user } = await openConversation();
    await panel.findByRole('group', { name: 'Suggested replies' });
    server.use(
      http.post(
        '*/v1/conversations/:id/messages',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Refused', status: 422, code: 'validation_failed' },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await user.type(panel.getByRole('textbox', { name: 'Message' }), 'Are you there?{Enter}');
    expect(await panel.findByText('Not sent')).toBeTruthy();
    await user.click(panel.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(panel.queryByText('Not sent')).toBeNull());
    expect(await panel.findByText(/· Sent$/)).toBeTruthy();
    expect(panel.getAllByText('Are you there?')).toHaveLength(1);
  });

  it('loads older messages on demand, keeping those shown', async () => {
    server.use(...createTeamHandlers());
    const client = testClient();
    clients.push(client);
    const { id } = await client.conversations.create({ text: 'First message of a long conversation' });
    for (let n = 1; n <= 55; n += 1) await team.reply(id, `Reply number ${n}`);
    const { panel, user } = renderWidgetAt({ view: 'conversation', conversationId: id }, client);
    expect(await panel.findByText('Reply number 55')).toBeTruthy();
    expect(panel.queryByText('First message of a long conversation')).toBeNull();
    await user.click(panel.getByRole('button', { name: 'Show earlier messages' }));
    expect(await panel.findByText('First message of a long conversation')).toBeTruthy();
    expect(panel.getByText('Reply number 55')).toBeTruthy();
    expect(panel.queryByRole('button', { name: 'Show earlier messages' })).toBeNull();
  });

  it('shows the connection banner while the browser is offline', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { panel } = await openConversation();
      expect(await panel.findByText(/You’re offline/)).toBeTruthy();
      expect(panel.getByText(/You’re offline/).getAttribute('role')).toBe('status');
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
  });

  it('offers to try again when the conversation cannot be loaded', async () => {
    server.use(...createTeamHandlers());
    const client = testClient();
    clients.push(client);
    const { id } = await client.conversations.create({ text: 'Hello' });
    server.use(
      http.get(
        '*/v1/conversations/:id',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Gone', status: 404, code: 'conversation_not_found' },
            { status: 404, headers: { 'content-type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    const { panel, user } = renderWidgetAt({ view: 'conversation', conversationId: id }, client);
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toContain('This conversation is no longer available.');
    await user.click(panel.getByRole('button', { name: 'Try again' }));
    expect(await panel.findByRole('log')).toBeTruthy();
  });

  it('tells the team the visitor is typing', async () => {
    const typing: boolean[] = [];
    const { panel } = await openConversation();
    server.use(
      http.post('*/v1/conversations/:id/typing', async ({ request }) => {
        typing.push(((await request.json()) as { typing: boolean }).typing);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    fireEvent.input(await panel.findByRole('textbox', { name: 'Message' }), { target: { value: 'H' } });
    await waitFor(() => expect(typing).toEqual([true]));
  });
});
