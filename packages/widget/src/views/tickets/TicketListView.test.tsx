import { createClient, createMemoryStorage, type ParleyClient } from '@parley/core';
import { identityHash } from '@parley/server/msw';
import { waitFor, within } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWidgetAt } from '../../testing/renderWidgetAt';
import { setupParleyServer, testBaseUrl } from '../../testing/setupParleyServer';

const server = setupParleyServer();

/** A client identified as a new user of the demo widget (verified, so the user has a ticket list). */
async function identifiedClient(): Promise<ParleyClient> {
  const client = createClient({ baseUrl: testBaseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });
  const userId = `user-${Math.random().toString(36).slice(2)}`;
  await client.session.identify({
    userId,
    email: `${userId}@example.com`,
    hash: await identityHash('demo-secret-change-me', userId),
  });
  return client;
}

async function createTickets(client: ParleyClient, count: number) {
  for (let index = 1; index <= count; index += 1) {
    await client.tickets.create({
      email: 'noor@example.com',
      subject: `Request number ${index}`,
      message: 'Details.',
    });
  }
}

describe('TicketListView', () => {
  it('lists the user’s requests, newest first, with status and date, each opening its ticket', async () => {
    const client = await identifiedClient();
    await createTickets(client, 2);
    const { panel, user, navigation } = renderWidgetAt({ view: 'tickets' }, client);
    expect(await panel.findByRole('heading', { name: 'Your requests' })).toBeTruthy();
    const rows = await panel.findAllByRole('button', { name: /Request number/ });
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Request number 2 Received PRL-\d+ · Updated /),
      expect.stringMatching(/^Request number 1 Received PRL-\d+ · Updated /),
    ]);
    await user.click(rows[1] as HTMLElement);
    expect(navigation.current()).toMatchObject({ view: 'ticket' });
    expect(await panel.findByRole('heading', { name: 'Request number 1' })).toBeTruthy();
  });

  it('shows an empty state with the way to check a request by reference', async () => {
    const { panel, user, navigation } = renderWidgetAt({ view: 'tickets' });
    expect(await panel.findByText('You don’t have any requests yet.')).toBeTruthy();
    await user.click(panel.getByRole('button', { name: 'Check a request' }));
    expect(navigation.current()).toEqual({ view: 'ticketLookup' });
  });

  it('loads more when the user has more than a page of requests', async () => {
    const client = await identifiedClient();
    await createTickets(client, 21);
    const { panel, user } = renderWidgetAt({ view: 'tickets' }, client);
    const more = await panel.findByRole('button', { name: 'Show more' });
    expect(panel.getAllByRole('button', { name: /Request number/ })).toHaveLength(20);
    await user.click(more);
    await waitFor(() => expect(panel.getAllByRole('button', { name: /Request number/ })).toHaveLength(21));
    expect(panel.getByRole('button', { name: /^Request number 1 / })).toBeTruthy();
    expect(panel.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const client = await identifiedClient();
    await createTickets(client, 1);
    let failures = 1;
    server.use(
      http.get('*/v1/tickets', () => {
        if (failures-- <= 0) return;
        return HttpResponse.json(
          { type: 'about:blank', title: 'No', status: 403, code: 'forbidden' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { panel, user } = renderWidgetAt({ view: 'tickets' }, client);
    const alert = await panel.findByRole('alert');
    expect(panel.queryByText('You don’t have any requests yet.')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await panel.findByRole('button', { name: /Request number 1/ })).toBeTruthy();
    await waitFor(() => expect(panel.queryByRole('alert')).toBeNull());
  });
});
