import type { Ticket } from '@parley/contract';
import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend/Backend';
import { createTestRuntime, type TestRuntime } from '../testing/createTestRuntime';
import { recordFetch } from '../testing/recordFetch';
import { untilSnapshot } from '../testing/untilSnapshot';
import { createTickets } from './createTickets';
import type { TicketListState } from './TicketsApi';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createParleyHandlers()));
afterAll(() => server.close());

/** Identifies the session's person as `userId`, verified with the demo widget's identity secret. */
async function identify(runtime: TestRuntime, userId: string): Promise<void> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode('demo-secret-change-me'),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(userId));
  const hash = Array.from(new Uint8Array(signature), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const identify = runtime.backend.identify;
  if (!identify) throw new Error('the HTTP backend identifies');
  runtime.setSession(await runtime.session.withToken((token) => identify({ userId, hash }, { token })));
}

const ready = (state: TicketListState) => state.status === 'ready';
const form = (subject: string) => ({ email: 'noor@example.com', subject, message: 'Hello' });

describe('tickets.list', () => {
  it('is ready and empty for an anonymous visitor, without asking for a list', async () => {
    const recorder = recordFetch();
    const runtime = createTestRuntime({ fetch: recorder.fetch });
    const state = await untilSnapshot(createTickets(runtime).list(), ready);
    expect(state).toEqual({
      status: 'ready',
      tickets: [],
      error: undefined,
      hasMore: false,
      loadingMore: false,
    });
    expect(recorder.requests.some((r) => r.url.pathname === '/v1/tickets')).toBe(false);
  });

  it('stays empty for a visitor who creates a ticket while it is shown', async () => {
    const runtime = createTestRuntime();
    const tickets = createTickets(runtime);
    const list = tickets.list();
    const stop = list.subscribe(() => {});
    await untilSnapshot(list, ready);
    const { ticket } = await tickets.create(form('Anonymous'));
    expect(ticket.id).toMatch(/\S/);
    expect(list.getSnapshot()).toMatchObject({ status: 'ready', tickets: [] });
    stop();
  });

  it('lists an identified user’s tickets, newest first, and shows a new one at once', async () => {
    const runtime = createTestRuntime();
    const tickets = createTickets(runtime);
    await identify(runtime, `user-${Math.random()}`);
    const first = await tickets.create(form('First'));
    const second = await tickets.create(form('Second'));
    const list = tickets.list();
    expect(tickets.list()).toBe(list);
    const stop = list.subscribe(() => {});
    const state = await untilSnapshot(list, ready);
    expect(state.tickets.map((ticket) => ticket.id)).toEqual([second.ticket.id, first.ticket.id]);
    expect(state.hasMore).toBe(false);

    const third = await tickets.create(form('Third'));
    expect(list.getSnapshot().tickets[0]?.id).toBe(third.ticket.id);
    stop();
  });

  it('keeps a listed ticket up to date from realtime, and asks again for one it does not know', async () => {
    const recorder = recordFetch();
    const runtime = createTestRuntime({ fetch: recorder.fetch });
    const tickets = createTickets(runtime);
    await identify(runtime, `user-${Math.random()}`);
    const { ticket } = await tickets.create(form('Sync'));
    const list = tickets.list();
    const stop = list.subscribe(() => {});
    await untilSnapshot(list, ready);

    const solved: Ticket = {
      ...ticket,
      status: 'solved',
      updatedAt: new Date(Date.now() + 60_000).toISOString(),
    };
    runtime.feed.push({ id: 'e1', type: 'ticket.updated', data: { ticket: solved } });
    expect(list.getSnapshot().tickets[0]).toBe(solved);

    // Made in another tab: the list is asked for again and shows it.
    const other = await createTickets(runtime).create(form('From another tab'));
    const listsBefore = recorder.requests.filter(
      (r) => r.url.pathname === '/v1/tickets' && r.method === 'GET',
    ).length;
    runtime.feed.push({ id: 'e2', type: 'ticket.updated', data: { ticket: other.ticket } });
    const state = await untilSnapshot(list, (s) => s.tickets.some((each) => each.id === other.ticket.id));
    expect(state.tickets[0]?.id).toBe(other.ticket.id);
    expect(
      recorder.requests.filter((r) => r.url.pathname === '/v1/tickets' && r.method === 'GET').length,
    ).toBe(listsBefore + 1);
    stop();
  });

  it('empties on logout and loads the next person’s list', async () => {
    const runtime = createTestRuntime();
    const tickets = createTickets(runtime);
    await identify(runtime, `user-${Math.random()}`);
    await tickets.create(form('Mine'));
    const list = tickets.list();
    const stop = list.subscribe(() => {});
    await untilSnapshot(list, (s) => s.tickets.length === 1);
    runtime.setSession(undefined);
    expect(list.getSnapshot().tickets).toEqual([]);
    const state = await untilSnapshot(list, ready);
    expect(state.tickets).toEqual([]);
    stop();
  });

  it('loads more pages on demand', async () => {
    const ticket = (index: number) =>
      ({ id: `tkt_${index}`, updatedAt: '2026-01-01T00:00:00.000Z' }) as Ticket;
    const backend = {
      createSession: async () => ({ token: 'tok', contact: { id: 'ctc_u', kind: 'user' } }),
      listTickets: async ({ cursor }: { cursor?: string }) =>
        cursor === undefined
          ? { data: [ticket(1), ticket(2)], nextCursor: 'page2' }
          : { data: [ticket(3)], nextCursor: null },
    } as unknown as Backend;
    const list = createTickets(createTestRuntime({ backend })).list();
    const stop = list.subscribe(() => {});
    const first = await untilSnapshot(list, ready);
    expect(first.hasMore).toBe(true);
    const more = list.loadMore();
    expect(list.getSnapshot().loadingMore).toBe(true);
    await more;
    expect(list.getSnapshot()).toMatchObject({ hasMore: false, loadingMore: false });
    expect(list.getSnapshot().tickets.map((each) => each.id)).toEqual(['tkt_1', 'tkt_2', 'tkt_3']);
    // Nothing more to load: no request, nothing changes.
    const snapshot = list.getSnapshot();
    await list.loadMore();
    expect(list.getSnapshot()).toBe(snapshot);
    stop();
  });

  it('shows a failure as an error state, and recovers on refresh', async () => {
    let fail = true;
    const backend = {
      createSession: async () => ({ token: 'tok', contact: { id: 'ctc_u', kind: 'user' } }),
      listTickets: async () => {
        if (fail) throw Object.assign(new Error('x'), { name: 'ParleyError', code: 'forbidden' });
        return { data: [], nextCursor: null };
      },
    } as unknown as Backend;
    const list = createTickets(createTestRuntime({ backend })).list();
    const stop = list.subscribe(() => {});
    const failed = await untilSnapshot(list, (s) => s.status === 'error');
    expect(failed.error?.code).toBe('forbidden');
    fail = false;
    await list.refresh();
    expect(list.getSnapshot()).toMatchObject({ status: 'ready', error: undefined });
    stop();
  });
});
