import { describe, expect, it, vi } from 'vitest';
import { loadOnFirstUse } from '../client/loadOnFirstUse';
import { createStore } from '../store/createStore';
import type { ConversationSnapshot } from './ConversationsApi';
import { type ConversationsDomain, deferConversations } from './deferConversations';
import { IDLE_CONVERSATION, IDLE_LIST } from './idleSnapshots';

/** A domain whose stores are plain stores, created when the test lets the load finish. */
function fakeDomain() {
  const calls: string[] = [];
  const stores = new Map<string, ReturnType<typeof conversationStore>>();
  const conversationStore = () =>
    Object.assign(createStore<ConversationSnapshot>({ ...IDLE_CONVERSATION, status: 'ready' }), {
      loadOlder: async () => {},
      refresh: async () => {},
    });
  const domain: ConversationsDomain = {
    list: Object.assign(createStore({ ...IDLE_LIST, status: 'ready' as const }), {
      loadMore: async () => {},
      refresh: async () => {},
    }),
    get(id) {
      if (!stores.has(id)) stores.set(id, conversationStore());
      return stores.get(id)!;
    },
    create: async () => {
      throw new Error('not used');
    },
    send: async (id, { text }) => {
      calls.push(`send ${id} ${text}`);
      return text;
    },
    retry: async () => {},
    markRead: async (id) => {
      calls.push(`read ${id}`);
    },
    setTyping: (id, typing) => {
      calls.push(`typing ${id} ${typing}`);
    },
    rate: async () => {
      throw new Error('not used');
    },
    destroy: vi.fn(),
  };
  let finish: () => void = () => {};
  const load = vi.fn(() => new Promise<ConversationsDomain>((resolve) => (finish = () => resolve(domain))));
  return { domain, calls, stores, load, finish: () => finish() };
}

describe('deferConversations', () => {
  it('loads nothing until used', () => {
    const fake = fakeDomain();
    const conversations = deferConversations(loadOnFirstUse(fake.load));
    conversations.get('c1').getSnapshot();
    conversations.list.getSnapshot();
    expect(fake.load).not.toHaveBeenCalled();
  });

  it('hands out one store per conversation, before and after the domain loaded', async () => {
    const fake = fakeDomain();
    const conversations = deferConversations(loadOnFirstUse(fake.load));
    const before = conversations.get('c1');
    const seen = vi.fn();
    before.subscribe(seen);
    expect(before.getSnapshot().status).toBe('loading');
    fake.finish();
    await vi.waitFor(() => expect(before.getSnapshot().status).toBe('ready'));
    expect(conversations.get('c1')).toBe(before);
    // A conversation first asked for once the domain is loaded is the domain's own store.
    expect(conversations.get('c2')).toBe(fake.stores.get('c2'));
    fake.stores.get('c1')?.set({ ...IDLE_CONVERSATION, status: 'ready', unreadCount: 2 });
    expect(before.getSnapshot().unreadCount).toBe(2);
    expect(seen).toHaveBeenCalled();
  });

  it('passes calls made while loading on to the domain, in order', async () => {
    const fake = fakeDomain();
    const conversations = deferConversations(loadOnFirstUse(fake.load));
    const sent = conversations.send('c1', { text: 'first' });
    conversations.setTyping('c1', false);
    const read = conversations.markRead('c1');
    fake.finish();
    await expect(sent).resolves.toBe('first');
    await read;
    expect(fake.calls).toEqual(['send c1 first', 'typing c1 false', 'read c1']);
  });

  it('destroys the domain only if it was loaded', async () => {
    const fake = fakeDomain();
    const conversations = deferConversations(loadOnFirstUse(fake.load));
    conversations.destroy();
    expect(fake.domain.destroy).not.toHaveBeenCalled();
    const loaded = conversations.list.refresh();
    fake.finish();
    await loaded;
    conversations.destroy();
    expect(fake.domain.destroy).toHaveBeenCalledOnce();
  });
});
