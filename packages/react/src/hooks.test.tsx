import type { ArticleSearchState } from '@parley/core';
import { act, StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParleyProvider } from './ParleyProvider';
import { fakeClient, renderRoot } from './testing/fakeClient';
import { useArticleSearch } from './useArticleSearch';
import { useConnection } from './useConnection';
import { useConversation } from './useConversation';
import { useConversations } from './useConversations';
import { useParley } from './useParley';
import { useTicket } from './useTicket';
import { useUnreadCount } from './useUnreadCount';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

// The components under test read the hooks; what they saw is kept in these for the test to read.
let renders = 0;
let latest: ArticleSearchState | undefined;
let setQuery: (query: string) => void = () => {};
let seen: unknown;

function Status() {
  const { conversations } = useConversations();
  return (
    <p>
      {useConnection()} {conversations.length}
    </p>
  );
}

function Conversation({ id }: { id: string | null }) {
  const snapshot = useConversation(id) as unknown as { status: string; id?: string };
  return <p>{`${snapshot.status} ${snapshot.id ?? '-'}`}</p>;
}

function Ticket({ email }: { email: string }) {
  const state = useTicket({ reference: 'PRL-4821', email }) as unknown as { id: string };
  const byId = useTicket('tkt_1') as unknown as { id: string };
  return <p>{`${state.id} ${byId.id}`}</p>;
}

function Badge() {
  renders++;
  return <p>{useUnreadCount()}</p>;
}

function Search() {
  const [query, set] = useState('');
  setQuery = set;
  const state = useArticleSearch(query, { debounceMs: 100 });
  latest = state;
  return <p>{state.results.map((hit) => hit.article.id).join(',')}</p>;
}

function Reader() {
  seen = useParley();
  return null;
}

describe('the hooks', () => {
  it('re-render on a change of their store, and unsubscribe when unmounted', async () => {
    const { client, connection, list } = fakeClient();
    const view = await renderRoot(
      <ParleyProvider client={client}>
        <Status />
      </ParleyProvider>,
    );
    expect(view.container.textContent).toBe('online 0');
    expect(connection.listeners()).toBe(1);
    await act(async () => connection.set('offline'));
    await act(async () => list.set({ ...list.getSnapshot(), conversations: [{ id: 'c1' }] } as never));
    expect(view.container.textContent).toBe('offline 1');
    await view.unmount();
    expect(connection.listeners()).toBe(0);
    expect(list.listeners()).toBe(0);
  });

  it('follow the conversation asked for, and are idle without one', async () => {
    const { client, conversations } = fakeClient();
    const view = await renderRoot(
      <ParleyProvider client={client}>
        <Conversation id={null} />
      </ParleyProvider>,
    );
    expect(view.container.textContent).toBe('idle -');
    await view.render(
      <ParleyProvider client={client}>
        <Conversation id="c1" />
      </ParleyProvider>,
    );
    expect(view.container.textContent).toBe('ready c1');
    await view.render(
      <ParleyProvider client={client}>
        <Conversation id="c2" />
      </ParleyProvider>,
    );
    expect(view.container.textContent).toBe('ready c2');
    expect(conversations.get('c1')?.listeners()).toBe(0);
    expect(conversations.get('c2')?.listeners()).toBe(1);
  });

  it('keep one ticket for a lookup written anew on every render, and take an id as well', async () => {
    const { client, tickets } = fakeClient();
    const find = vi.spyOn(client.tickets, 'find');
    const view = await renderRoot(
      <ParleyProvider client={client}>
        <Ticket email="ada@example.com" />
      </ParleyProvider>,
    );
    await view.render(
      <ParleyProvider client={client}>
        <Ticket email="ada@example.com" />
      </ParleyProvider>,
    );
    expect(view.container.textContent).toBe('find:PRL-4821:ada@example.com: tkt_1');
    expect(find).toHaveBeenCalledTimes(2);
    // Two renders, one store: subscribed once.
    expect(tickets.get('find:PRL-4821:ada@example.com:')?.listeners()).toBe(1);
  });

  it('count unread messages, re-rendering only when the count changes', async () => {
    const { client, list } = fakeClient();
    renders = 0;
    const view = await renderRoot(
      <ParleyProvider client={client}>
        <Badge />
      </ParleyProvider>,
    );
    const before = renders;
    await act(async () => list.set({ ...list.getSnapshot(), hasMore: true }));
    expect(renders).toBe(before);
    await act(async () => list.set({ ...list.getSnapshot(), unreadCount: 3 }));
    expect(view.container.textContent).toBe('3');
    expect(renders).toBe(before + 1);
  });

  it('search as the query changes, under StrictMode too, and page on demand', async () => {
    vi.useFakeTimers();
    const { client } = fakeClient();
    const search = vi.fn(async (query: string, options: { cursor?: string } = {}) => ({
      data: [{ article: { id: `${query}:${options.cursor ?? 'first'}` } }],
      total: 2,
      nextCursor: options.cursor ? null : 'next',
    }));
    Object.assign(client, { articles: { search } });
    const view = await renderRoot(
      <StrictMode>
        <ParleyProvider client={client}>
          <Search />
        </ParleyProvider>
      </StrictMode>,
    );
    expect(latest?.status).toBe('idle');
    await act(async () => setQuery('pass'));
    await act(async () => setQuery('password'));
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('password', expect.anything());
    expect(view.container.textContent).toBe('password:first');
    await act(async () => latest?.loadMore());
    expect(view.container.textContent).toBe('password:first,password:next');
    expect(latest?.hasMore).toBe(false);
  });

  it('use the client of the nearest provider, and say what is missing outside of one', async () => {
    const { client } = fakeClient();
    await renderRoot(
      <ParleyProvider client={client}>
        <Reader />
      </ParleyProvider>,
    );
    expect(seen).toBe(client);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(renderRoot(<Reader />)).rejects.toThrow(/^\[parley\] useParley\(\).*<ParleyProvider/);
    errors.mockRestore();
  });
});
