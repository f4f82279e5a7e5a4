import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { createParleyHandlers } from '@parley/server/msw';
import { waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWidgetAt } from '../../testing/renderWidgetAt';
import { setupParleyServer, testBaseUrl } from '../../testing/setupParleyServer';
import { playTeam } from './testing/playTeam';

const server = setupParleyServer();
const token = 'team-token';
const team = playTeam(testBaseUrl, token);

// A fresh engine for each test, with the agent API open, so that the team can answer and close tickets.
beforeEach(() => {
  server.use(...createParleyHandlers({ settings: { agentToken: token } }));
});

/** A client that looked the demo ticket up (which lets it read and answer the ticket), and its id. */
async function demoTicket(): Promise<{ client: ParleyClient; ticketId: string }> {
  const client = createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });
  const ticket = await client.tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' });
  return { client, ticketId: ticket.id };
}

describe('TicketView', () => {
  it('shows the subject, the status by name, the timeline and the thread', async () => {
    const { client, ticketId } = await demoTicket();
    const { panel } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    expect(
      await panel.findByRole('heading', { name: "Notes from my iPad aren't showing up on my laptop" }),
    ).toBeTruthy();
    expect(panel.getByText(/Request PRL-4821/)).toBeTruthy();

    const [timeline, thread] = panel.getAllByRole('list');
    const steps = within(timeline as HTMLElement).getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('span')?.textContent)).toEqual([
      'Received',
      'Open',
      'Awaiting your reply',
    ]);
    expect(steps[2]?.getAttribute('aria-current')).toBe('step');

    const log = panel.getByRole('log', { name: '2 messages' });
    const comments = within(log).getAllByRole('listitem');
    expect(comments[0]?.textContent).toMatch(/^You/);
    expect(comments[1]?.textContent).toMatch(/^Priya from Lumen/);
    // The team's Markdown renders as elements, never as HTML text.
    expect(within(comments[1] as HTMLElement).getByText('Settings').tagName).toBe('STRONG');
    expect(thread).toBeTruthy();
  });

  it('sends a reply: pending, then in the thread, and the ticket opens again', async () => {
    const { client, ticketId } = await demoTicket();
    const { panel, user } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    const box = await panel.findByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'It is the note "Trip to Lisbon".');
    await user.click(panel.getByRole('button', { name: 'Send reply' }));
    expect(panel.getByRole('status').textContent).toBe('Sending…');
    expect((box as HTMLTextAreaElement).readOnly).toBe(true);

    await waitFor(() => expect(panel.getByRole('status').textContent).toBe('Sent'));
    expect((box as HTMLTextAreaElement).value).toBe('');
    const log = panel.getByRole('log', { name: '3 messages' });
    expect(within(log).getByText('It is the note "Trip to Lisbon".')).toBeTruthy();
    await waitFor(() => expect(panel.getAllByText('Open').length).toBeGreaterThan(1));
  });

  it('asks for text before sending an empty reply', async () => {
    const { client, ticketId } = await demoTicket();
    const { panel, user } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    await user.click(await panel.findByRole('button', { name: 'Send reply' }));
    expect(await panel.findByText('Please fill in this field.')).toBeTruthy();
    expect(panel.getByRole('log', { name: '2 messages' })).toBeTruthy();
  });

  it('keeps a reply that failed, says it was not sent, and sends it with Try again', async () => {
    const { client, ticketId } = await demoTicket();
    let failures = 1;
    server.use(
      http.post('*/v1/tickets/:id/comments', () => {
        if (failures-- <= 0) return;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Bad', status: 400, code: 'invalid_request' },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    const box = await panel.findByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'Here is the sync report.');
    await user.click(panel.getByRole('button', { name: 'Send reply' }));
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toMatch(/isn’t right/);
    expect(panel.getByRole('status').textContent).toBe('Not sent');
    expect((box as HTMLTextAreaElement).value).toBe('Here is the sync report.');
    expect((box as HTMLTextAreaElement).readOnly).toBe(false);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(panel.queryByRole('alert')).toBeNull());
    expect(await within(panel.getByRole('log')).findByText('Here is the sync report.')).toBeTruthy();
  });

  it('shows a reply of the team as it arrives', async () => {
    const { client, ticketId } = await demoTicket();
    const { panel } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    await panel.findByRole('log', { name: '2 messages' });
    // What the team writes before realtime is connected is read with the next load, not pushed.
    await waitFor(() => expect(client.connection.getSnapshot()).toBe('online'));
    await team.reply(ticketId, 'Found it: the **video** was stuck. It syncs now.');
    const log = await panel.findByRole('log', { name: '3 messages' }, { timeout: 3000 });
    expect(within(log).getByText('video').tagName).toBe('STRONG');
  });

  it('says that replying reopens a solved ticket', async () => {
    const { client, ticketId } = await demoTicket();
    await team.setStatus(ticketId, 'solved');
    const { panel } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    expect(await panel.findByText(/This request is solved. If you still need help, reply/)).toBeTruthy();
    expect(panel.getByRole('textbox', { name: 'Your reply' })).toBeTruthy();
  });

  it('takes no reply on a closed ticket, and offers a new message instead', async () => {
    const { client, ticketId } = await demoTicket();
    await team.setStatus(ticketId, 'closed');
    const { panel, user, navigation } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    expect(await panel.findByText(/This request is closed/)).toBeTruthy();
    expect(panel.queryByRole('textbox', { name: 'Your reply' })).toBeNull();
    await user.click(panel.getByRole('button', { name: 'Send us a message' }));
    expect(['newConversation', 'offlineForm']).toContain(navigation.current().view);
  });

  it('closes the reply box when the ticket was closed while the visitor wrote', async () => {
    const { client, ticketId } = await demoTicket();
    // No realtime news of the closing (stream and polling both down): the refused reply is what tells.
    server.use(http.get('*/v1/events*', () => new HttpResponse(null, { status: 503 })));
    const { panel, user } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    const box = await panel.findByRole('textbox', { name: 'Your reply' });
    await team.setStatus(ticketId, 'closed');
    await user.type(box, 'One more thing');
    await user.click(panel.getByRole('button', { name: 'Send reply' }));
    expect(await panel.findByText(/This request is closed/, {}, { timeout: 3000 })).toBeTruthy();
  });

  it('explains a ticket this visitor cannot see, and leads to the lookup form', async () => {
    const { panel, user, navigation } = renderWidgetAt({ view: 'ticket', ticketId: 'tkt_nope' });
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toMatch(/couldn’t find a request/);
    await user.click(within(alert).getByRole('button', { name: 'Check a request' }));
    expect(navigation.current()).toEqual({ view: 'ticketLookup' });
  });

  it('offers to try again when the ticket cannot be loaded', async () => {
    const { client, ticketId } = await demoTicket();
    let failures = 1;
    server.use(
      http.get('*/v1/tickets/:id', () => {
        if (failures-- <= 0) return;
        return HttpResponse.json(
          { type: 'about:blank', title: 'No', status: 403, code: 'forbidden' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'ticket', ticketId }, client);
    const alert = await panel.findByRole('alert');
    expect(alert.textContent).toMatch(/permission/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await panel.findByRole('heading', { name: /Notes from my iPad/ })).toBeTruthy();
  });
});
