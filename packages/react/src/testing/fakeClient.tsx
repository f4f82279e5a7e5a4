// Test helpers of the React binding: a fake client whose stores count their listeners, and a React root.
import type { ParleyClient, Store } from '@parley/core';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** A store the test writes to, counting its listeners. @internal */
export interface TestStore<T> extends Store<T> {
  set(value: T): void;
  listeners(): number;
}

/** @internal */
export function testStore<T>(value: T): TestStore<T> {
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    listeners: () => listeners.size,
  };
}

/** Renders `node` into a fresh root on the page; `render` again to update, `unmount` to end. @internal */
export async function renderRoot(node: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return {
    container,
    render: (next: ReactNode) => act(async () => root.render(next)),
    unmount: () => act(async () => root.unmount()),
  };
}

/** A client of test stores, enough for the hooks (cast: the hooks read only these members). @internal */
export function fakeClient() {
  const conversations = new Map<string, TestStore<unknown>>();
  const list = testStore({ status: 'ready', conversations: [], unreadCount: 0, hasMore: false, error: null });
  const connection = testStore('online');
  const tickets = new Map<string, TestStore<unknown>>();
  const client = {
    conversations: {
      list,
      get(id: string) {
        if (!conversations.has(id)) conversations.set(id, testStore({ status: 'ready', id, messages: [] }));
        return conversations.get(id);
      },
    },
    tickets: {
      get(id: string) {
        if (!tickets.has(id)) tickets.set(id, testStore({ status: 'ready', id }));
        return tickets.get(id);
      },
      // As the core does: the same store for an equal lookup.
      find(lookup: { reference: string; email?: string; accessKey?: string }) {
        const key = `find:${lookup.reference}:${lookup.email ?? ''}:${lookup.accessKey ?? ''}`;
        if (!tickets.has(key)) tickets.set(key, testStore({ status: 'ready', id: key }));
        return tickets.get(key);
      },
    },
    connection,
    destroy() {},
  };
  return { client: client as unknown as ParleyClient, list, connection, conversations, tickets };
}
