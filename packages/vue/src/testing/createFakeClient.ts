import {
  type ConnectionStatus,
  type ConversationListSnapshot,
  type ConversationSnapshot,
  idleSnapshots,
  type ParleyClient,
  type SearchResponse,
  type TicketLookup,
  type TicketState,
} from '@parley/core';
import { createFakeStore, type FakeStore } from './createFakeStore';

/** A client made of fake stores: enough for the bindings' wiring, no network. */
export interface FakeClient {
  readonly client: ParleyClient;
  readonly list: FakeStore<ConversationListSnapshot>;
  readonly connection: FakeStore<ConnectionStatus>;
  /** The store of a conversation id (made on first use). */
  conversation(id: string): FakeStore<ConversationSnapshot>;
  /** The store of a ticket id (made on first use). */
  ticket(id: string): FakeStore<TicketState>;
  /** The store of a lookup (made on first use). */
  found(lookup: TicketLookup): FakeStore<TicketState>;
  /** Every store handed out so far. */
  stores(): FakeStore<unknown>[];
  /** The queries searched so far. */
  readonly searches: string[];
  /** Calls to `destroy`. */
  readonly destroyed: number;
}

export function createFakeClient(): FakeClient {
  const list = createFakeStore(idleSnapshots.conversationList);
  const connection = createFakeStore<ConnectionStatus>('offline');
  const conversations = new Map<string, FakeStore<ConversationSnapshot>>();
  const tickets = new Map<string, FakeStore<TicketState>>();
  const searches: string[] = [];
  let destroyed = 0;
  const storeOf = <T>(stores: Map<string, FakeStore<T>>, key: string, idle: T) => {
    const store = stores.get(key) ?? createFakeStore(idle);
    stores.set(key, store);
    return store;
  };
  const conversation = (id: string) => storeOf(conversations, id, idleSnapshots.conversation);
  const ticket = (id: string) => storeOf(tickets, `id:${id}`, idleSnapshots.ticket);
  // As core's: one store per lookup, whatever object it comes in.
  const found = (lookup: TicketLookup) =>
    storeOf(tickets, `lookup:${JSON.stringify(Object.entries(lookup).sort())}`, idleSnapshots.ticket);
  const client = {
    conversations: { list, get: conversation },
    tickets: { get: ticket, find: found },
    connection,
    articles: {
      async search(query: string): Promise<SearchResponse> {
        searches.push(query);
        return {
          data: [{ article: { id: `art_${query}`, title: `About ${query}` } }],
          total: 2,
          nextCursor: 'next',
        } as unknown as SearchResponse;
      },
    },
    destroy() {
      destroyed++;
    },
  } as unknown as ParleyClient;
  return {
    client,
    list,
    connection,
    conversation,
    ticket,
    found,
    stores: () => [list, connection, ...conversations.values(), ...tickets.values()] as FakeStore<unknown>[],
    searches,
    get destroyed() {
      return destroyed;
    },
  };
}
