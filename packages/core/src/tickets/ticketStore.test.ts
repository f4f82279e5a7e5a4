import type { Ticket, TicketComment } from '@parley/contract';
import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend/Backend';
import { createTestRuntime, type TestRuntimeOptions } from '../testing/createTestRuntime';
import { untilSnapshot } from '../testing/untilSnapshot';
import { createTickets } from './createTickets';
import type { TicketState } from './TicketsApi';

const baseUrl = 'http://parley.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createParleyHandlers({ settings: { agentToken: 't' } })));
afterAll(() => server.close());

/** A runtime whose session has looked up PRL-4821, and the ticket. */
async function withAdasTicket(options: TestRuntimeOptions = {}) {
  const runtime = createTestRuntime(options);
  const tickets = createTickets(runtime);
  const ticket = await tickets.lookup({ reference: 'PRL-4821', email: 'ada@example.com' });
  return { runtime, tickets, ticket, store: tickets.get(ticket.id) };
}

/** The team answers, through the engine's agent API. */
async function teamReplies(ticketId: string, text: string): Promise<void> {
  const response = await fetch(`${baseUrl}/v1/agent/tickets/${ticketId}/comments`, {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  expect(response.status).toBe(201);
}

const ready = (state: TicketState) => state.status === 'ready';
const has = (text: string) => (state: TicketState) => state.comments.some((comment) => comment.text === text);

describe('tickets.get', () => {
  it('loads the ticket’s timeline and whole thread when first subscribed', async () => {
    const { runtime, store } = await withAdasTicket();
    expect(store.getSnapshot().status).toBe('idle');
    expect(runtime.feed.listenerCount()).toBe(0);
    const statuses: string[] = [];
    const stop = store.subscribe(() => statuses.push(store.getSnapshot().status));
    expect(store.getSnapshot().status).toBe('loading');
    const state = await untilSnapshot(store, ready);
    stop();
    expect(statuses.at(-1)).toBe('ready');
    expect(state.ticket?.statusHistory.map((entry) => entry.status)).toEqual([
      'received',
      'open',
      'waiting_on_customer',
    ]);
    expect(state.comments.map((comment) => comment.author.kind)).toEqual(['visitor', 'agent']);
    expect(state.error).toBeUndefined();
  });

  it('is one store per ticket', async () => {
    const { tickets, ticket, store } = await withAdasTicket();
    expect(tickets.get(ticket.id)).toBe(store);
  });

  it('shows a team comment as it arrives in realtime, and listens only while subscribed', async () => {
    const { runtime, ticket, store } = await withAdasTicket({ realtime: 'stream' });
    const stop = store.subscribe(() => {});
    expect(runtime.feed.listenerCount()).toBe(1);
    await untilSnapshot(store, ready);
    await runtime.feed.connected();

    await teamReplies(ticket.id, 'Could you send the sync report?');
    const state = await untilSnapshot(store, has('Could you send the sync report?'));
    expect(state.comments.at(-1)?.author.kind).toBe('agent');
    const updated = await untilSnapshot(store, (s) => s.ticket?.commentCount === 3);
    expect(runtime.emitted).toContainEqual({ name: 'ticket', payload: { ticket: updated.ticket } });

    stop();
    expect(runtime.feed.listenerCount()).toBe(0);
  });

  it('shows a reply once, though its realtime echo arrives too, and moves the ticket back to open', async () => {
    const { runtime, tickets, ticket, store } = await withAdasTicket({ realtime: 'stream' });
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, ready);
    await runtime.feed.connected();

    const comment = await tickets.reply(ticket.id, { text: 'It is "Trip to Lisbon".' });
    const state = await untilSnapshot(
      store,
      (s) => s.ticket?.status === 'open' && s.ticket.commentCount === 3,
    );
    expect(state.comments.filter((each) => each.id === comment.id)).toHaveLength(1);
    expect(state.ticket?.statusHistory.at(-1)?.status).toBe('open');

    // The same comment again (another tab's echo, a replay): still once.
    runtime.feed.push({
      id: 'replayed-1',
      type: 'ticket.comment.created',
      data: { ticketId: ticket.id, comment },
    });
    expect(store.getSnapshot().comments.filter((each) => each.id === comment.id)).toHaveLength(1);
    expect(store.getSnapshot().comments).toHaveLength(3);
    stop();
  });

  it('reloads after a realtime gap', async () => {
    const { runtime, ticket, store } = await withAdasTicket();
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, ready);
    // Nothing tells the store (the manual feed stays silent) until the feed reports a gap.
    await teamReplies(ticket.id, 'Missed while offline');
    expect(has('Missed while offline')(store.getSnapshot())).toBe(false);
    runtime.feed.resync();
    await untilSnapshot(store, has('Missed while offline'));
    stop();
  });

  it('ignores a realtime version of the ticket older than the one shown', async () => {
    const { runtime, ticket, store } = await withAdasTicket();
    const stop = store.subscribe(() => {});
    const { ticket: shown } = await untilSnapshot(store, ready);
    const stale: Ticket = { ...ticket, status: 'received', updatedAt: '2020-01-01T00:00:00.000Z' };
    runtime.feed.push({ id: 'stale-1', type: 'ticket.updated', data: { ticket: stale } });
    expect(store.getSnapshot().ticket).toBe(shown);
    stop();
  });

  it('reports a ticket this person may not read as not_found', async () => {
    const runtime = createTestRuntime();
    const state = await untilSnapshot(createTickets(runtime).get('tkt_nope'), (s) => s.status === 'error');
    expect(state.error?.code).toBe('not_found');
    expect(state.ticket).toBeUndefined();
  });

  it('forgets the ticket when the person changes, and loads it as the new person', async () => {
    const { runtime, store } = await withAdasTicket();
    const stop = store.subscribe(() => {});
    await untilSnapshot(store, ready);
    // Logged out: the next session is someone else, who never looked the ticket up.
    runtime.setSession(undefined);
    expect(store.getSnapshot().ticket).toBeUndefined();
    const state = await untilSnapshot(store, (s) => s.status === 'error');
    expect(state.error?.code).toBe('not_found');
    expect(state.comments).toEqual([]);
    stop();
  });

  it('stops loading when the last listener leaves', async () => {
    const signals: AbortSignal[] = [];
    let called: () => void = () => {};
    const loading = () =>
      new Promise<void>((resolve) => {
        called = resolve;
      });
    const backend = {
      createSession: async () => ({ token: 'tok', contact: { id: 'ctc_a', kind: 'visitor' } }),
      // A backend that ignores the signal, which the store must not wait for.
      getTicket: (_id: string, call: { signal: AbortSignal }) => {
        signals.push(call.signal);
        called();
        return new Promise(() => {});
      },
      listTicketComments: () => new Promise(() => {}),
    } as unknown as Backend;
    const store = createTickets(createTestRuntime({ backend })).get('tkt_a');
    let started = loading();
    const stop = store.subscribe(() => {});
    await started;
    expect(store.getSnapshot().status).toBe('loading');
    expect(signals[0]?.aborted).toBe(false);
    stop();
    expect(signals[0]?.aborted).toBe(true);
    // Let the abandoned load settle (a macrotask turn, no timing involved).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getSnapshot().status).toBe('idle');
    expect(signals).toHaveLength(1);

    // Subscribed again: it loads again instead of waiting for the abandoned load.
    started = loading();
    const stopAgain = store.subscribe(() => {});
    await started;
    expect(signals).toHaveLength(2);
    stopAgain();
  });

  it('reads every page of a long thread', async () => {
    const comment = (index: number): TicketComment => ({
      id: `tcm_${index}`,
      ticketId: 'tkt_a',
      author: { kind: index % 2 ? 'agent' : 'visitor', id: null, name: 'X', avatarUrl: null },
      text: `Comment ${index}`,
      attachments: [],
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
    });
    const all = Array.from({ length: 250 }, (_, index) => comment(index));
    const backend = {
      createSession: async () => ({ token: 'tok', contact: { id: 'ctc_a', kind: 'visitor' } }),
      getTicket: async () => ({ id: 'tkt_a', updatedAt: '2026-01-01T00:00:00.000Z' }),
      listTicketComments: async (
        _id: string,
        { cursor, limit = 50 }: { cursor?: string; limit?: number },
      ) => {
        const start = Number(cursor ?? 0);
        const end = Math.min(all.length, start + limit);
        return { data: all.slice(start, end), nextCursor: end < all.length ? String(end) : null };
      },
    } as unknown as Backend;
    const state = await untilSnapshot(createTickets(createTestRuntime({ backend })).get('tkt_a'), ready);
    expect(state.comments.map((each) => each.id)).toEqual(all.map((each) => each.id));
  });
});
