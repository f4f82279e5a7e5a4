// Type tests of the public hooks: checked by `tsc -b` (this file is in the package's sources), never run.
import type {
  ArticleSearchState,
  ConnectionStatus,
  ConversationListSnapshot,
  ConversationSnapshot,
  ParleyClient,
  TicketState,
} from '@parley/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ParleyProviderProps } from './ParleyProvider';
import { useArticleSearch } from './useArticleSearch';
import { useConnection } from './useConnection';
import { useConversation } from './useConversation';
import { useConversations } from './useConversations';
import { useParley } from './useParley';
import { useTicket } from './useTicket';
import { useUnreadCount } from './useUnreadCount';

describe('the hooks’ types', () => {
  it('return the core snapshots', () => {
    expectTypeOf(useParley).returns.toEqualTypeOf<ParleyClient>();
    expectTypeOf(useConversations).returns.toEqualTypeOf<ConversationListSnapshot>();
    expectTypeOf(useConversation).returns.toEqualTypeOf<ConversationSnapshot>();
    expectTypeOf(useTicket).returns.toEqualTypeOf<TicketState>();
    expectTypeOf(useConnection).returns.toEqualTypeOf<ConnectionStatus>();
    expectTypeOf(useUnreadCount).returns.toEqualTypeOf<number>();
    expectTypeOf(useArticleSearch).returns.toEqualTypeOf<ArticleSearchState>();
    expectTypeOf<ArticleSearchState['loadMore']>().toEqualTypeOf<() => Promise<void>>();
  });

  it('take what a component has at hand', () => {
    expectTypeOf(useConversation).parameter(0).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(useTicket).toBeCallableWith('tkt_1');
    expectTypeOf(useTicket).toBeCallableWith({ reference: 'PRL-4821', email: 'ada@example.com' });
    expectTypeOf(useTicket).toBeCallableWith({ reference: 'PRL-4821', accessKey: 'k_1' });
    expectTypeOf(useTicket).toBeCallableWith(null);
    expectTypeOf(useArticleSearch).toBeCallableWith('password');
    expectTypeOf(useArticleSearch).toBeCallableWith('password', { limit: 5, debounceMs: 0, locale: 'fr' });
    // @ts-expect-error a reference alone does not find a ticket: it needs the email or the access key
    useTicket({ reference: 'PRL-4821' });
    // @ts-expect-error the query is the text of the search box
    useArticleSearch(42);
  });

  it('want a client or the options to make one, not both', () => {
    expectTypeOf<{ client: ParleyClient }>().toExtend<ParleyProviderProps>();
    expectTypeOf<{ options: { baseUrl: string; widgetKey: string } }>().toExtend<ParleyProviderProps>();
    expectTypeOf<{
      client: ParleyClient;
      options: { baseUrl: string; widgetKey: string };
    }>().not.toExtend<ParleyProviderProps>();
    expectTypeOf<{ children: null }>().not.toExtend<ParleyProviderProps>();
  });
});
