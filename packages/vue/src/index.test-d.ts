import {
  type ConnectionStatus,
  type ConversationListSnapshot,
  type ConversationSnapshot,
  idleSnapshots,
  type ParleyClient,
  type TicketState,
} from '@parley/core';
import { describe, expectTypeOf, it } from 'vitest';
import { computed, type Plugin, ref, type ShallowRef } from 'vue';
import {
  type ArticleSearchState,
  createParley,
  type ParleyPlugin,
  provideParley,
  useArticleSearch,
  useConnection,
  useConversation,
  useConversations,
  useParley,
  useTicket,
  useUnreadCount,
} from './index';

declare const client: ParleyClient;

describe('public types of @parley/vue', () => {
  it('createParley takes client options or a client and gives a plugin carrying the client', () => {
    const plugin = createParley({ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' });
    expectTypeOf(plugin).toEqualTypeOf<ParleyPlugin>();
    expectTypeOf(plugin).toExtend<Plugin>();
    expectTypeOf(plugin.client).toEqualTypeOf<ParleyClient>();
    expectTypeOf(createParley({ client })).toEqualTypeOf<ParleyPlugin>();
    // @ts-expect-error: the client options need a widget key
    createParley({ baseUrl: 'https://support.example.com' });
    // @ts-expect-error: the plugin's client is read-only
    plugin.client = client;
  });

  it('provideParley and useParley pass a ParleyClient', () => {
    expectTypeOf(provideParley).parameters.toEqualTypeOf<[ParleyClient]>();
    expectTypeOf(useParley()).toEqualTypeOf<ParleyClient>();
  });

  it('the store composables return read-only shallow refs of the core snapshots', () => {
    expectTypeOf(useConversations()).toEqualTypeOf<Readonly<ShallowRef<ConversationListSnapshot>>>();
    expectTypeOf(useConnection()).toEqualTypeOf<Readonly<ShallowRef<ConnectionStatus>>>();
    expectTypeOf(useUnreadCount()).toEqualTypeOf<Readonly<ShallowRef<number>>>();
    const conversation = useConversation('c1');
    expectTypeOf(conversation).toEqualTypeOf<Readonly<ShallowRef<ConversationSnapshot>>>();
    // @ts-expect-error: a snapshot is not written through the ref
    conversation.value = idleSnapshots.conversation;
  });

  it('useConversation takes an id, a ref or a getter of one, or nothing', () => {
    useConversation(null);
    useConversation(undefined);
    useConversation(ref<string | null>(null));
    useConversation(() => 'c1');
    useConversation(computed(() => 'c1'));
    // @ts-expect-error: an id is a string
    useConversation(42);
  });

  it('useTicket takes an id or a lookup (email or access key), as a value, ref or getter', () => {
    expectTypeOf(useTicket('t1')).toEqualTypeOf<Readonly<ShallowRef<TicketState>>>();
    useTicket({ reference: 'PRL-4821', email: 'ada@example.com' });
    useTicket({ reference: 'PRL-4821', accessKey: 'k_7Qw' });
    useTicket(() => ({ reference: 'PRL-4821', email: 'ada@example.com' }));
    useTicket(ref(null));
    // @ts-expect-error: a lookup needs the email or the access key
    useTicket({ reference: 'PRL-4821' });
  });

  it('useArticleSearch takes a query and store options, and gives the snapshot with loadMore', () => {
    const search = useArticleSearch(ref(''), { limit: 5, debounceMs: 100 });
    expectTypeOf(search).toEqualTypeOf<Readonly<ShallowRef<ArticleSearchState>>>();
    expectTypeOf(search.value.loadMore).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(search.value.status).toEqualTypeOf<'idle' | 'loading' | 'ready' | 'error'>();
    useArticleSearch('reset');
    useArticleSearch(() => 'reset');
    // @ts-expect-error: the query is text
    useArticleSearch(ref(0));
    // @ts-expect-error: not an option of the search store
    useArticleSearch('reset', { pageSize: 5 });
  });
});
