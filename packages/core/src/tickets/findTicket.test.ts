import { createParleyHandlers } from '@parley/server/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../createClient';
import { ParleyError } from '../errors/ParleyError';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import { untilSnapshot } from '../testing/untilSnapshot';
import { findTicket } from './findTicket';
import type { TicketState, TicketStore, TicketsApi } from './TicketsApi';

const baseUrl = 'http://parley.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createParleyHandlers()));
afterAll(() => server.close());

const newClient = () => createClient({ baseUrl, widgetKey: 'wk_demo', storage: createMemoryStorage() });
const settled = (state: TicketState) => state.status === 'ready' || state.status === 'error';

describe('client.tickets.find', () => {
  it('looks the ticket up by its reference when first watched, then shows it with its thread', async () => {
    const client = newClient();
    const store = client.tickets.find({ reference: ' PRL-4821 ', email: 'ada@example.com' });
    expect(store.getSnapshot().status).toBe('idle');
    const state = await untilSnapshot(store, settled);
    expect(state.error).toBeUndefined();
    expect(state.ticket?.reference).toBe('PRL-4821');
    expect(state.comments.map((comment) => comment.author.kind)).toEqual(['visitor', 'agent']);
    // The same store for the same lookup, however it is written.
    expect(client.tickets.find({ email: 'ada@example.com', reference: 'PRL-4821' } as never)).toBe(store);
    client.destroy();
  });

  it('shows a wrong email as not found, and looks up again only when asked', async () => {
    const client = newClient();
    const lookup = vi.spyOn(client.tickets, 'lookup');
    const store = client.tickets.find({ reference: 'PRL-4821', email: 'someone@example.com' });
    const state = await untilSnapshot(store, settled);
    expect(state.status).toBe('error');
    expect(state.error?.code).toBe('not_found');
    expect(lookup).toHaveBeenCalledTimes(1);
    // A new listener (a component shown again) does not spend another of the rate-limited attempts.
    const stop = store.subscribe(() => {});
    expect(store.getSnapshot().status).toBe('error');
    expect(lookup).toHaveBeenCalledTimes(1);
    await store.refresh();
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot().error?.code).toBe('not_found');
    stop();
    client.destroy();
  });
});

describe('findTicket', () => {
  /** Tickets whose lookup the test answers. */
  function fakeTickets() {
    const answers: {
      resolve(id: string): void;
      reject(error: unknown): void;
      signal: AbortSignal | undefined;
    }[] = [];
    const ticketStore: TicketStore = {
      getSnapshot: () => ({ status: 'ready', ticket: undefined, comments: [], error: undefined }),
      subscribe: vi.fn(() => () => {}),
      refresh: vi.fn(async () => {}),
    };
    const tickets: Pick<TicketsApi, 'lookup' | 'get'> = {
      lookup: vi.fn(
        (_lookup: unknown, options?: { signal?: AbortSignal | undefined }) =>
          new Promise<never>((resolve, reject) => {
            answers.push({
              resolve: (id) => resolve({ id } as never as never),
              reject,
              signal: options?.signal,
            });
          }),
      ),
      get: vi.fn(() => ticketStore),
    };
    return { tickets, answers, ticketStore };
  }

  it('cancels a lookup on its way when the last listener leaves, and looks up again for the next', async () => {
    const { tickets, answers } = fakeTickets();
    const store = findTicket(tickets, { reference: 'PRL-1', accessKey: 'k' });
    const stop = store.subscribe(() => {});
    expect(store.getSnapshot().status).toBe('loading');
    stop();
    expect(answers[0]?.signal?.aborted).toBe(true);
    store.subscribe(() => {});
    expect(answers).toHaveLength(2);
    answers[1]?.resolve('tkt_1');
    await vi.waitFor(() => expect(tickets.get).toHaveBeenCalledWith('tkt_1'));
    expect(store.getSnapshot().status).toBe('ready');
  });

  it('follows the found ticket and passes refresh on to it', async () => {
    const { tickets, answers, ticketStore } = fakeTickets();
    const store = findTicket(tickets, { reference: 'PRL-1', email: 'a@example.com' });
    const stop = store.subscribe(() => {});
    answers[0]?.resolve('tkt_1');
    await vi.waitFor(() => expect(ticketStore.subscribe).toHaveBeenCalledTimes(1));
    await store.refresh();
    expect(ticketStore.refresh).toHaveBeenCalledTimes(1);
    expect(tickets.lookup).toHaveBeenCalledTimes(1);
    stop();
  });

  it('shows an error that is not a ParleyError as an invalid response', async () => {
    const { tickets, answers } = fakeTickets();
    const store = findTicket(tickets, { reference: 'PRL-1', email: 'a@example.com' });
    store.subscribe(() => {});
    answers[0]?.reject(new TypeError('boom'));
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('error'));
    expect(store.getSnapshot().error).toBeInstanceOf(ParleyError);
    expect(store.getSnapshot().error?.code).toBe('invalid_response');
  });
});
