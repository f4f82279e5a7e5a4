import type { ClientEventName, ClientEvents, ParleyClient } from '@parley/core';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeNotification } from './testing/installFakeNotification';
import { type NotificationOptions, useNotifications } from './useNotifications';

/** The part of a client the hook uses, with a way to emit its events and count its listeners. */
function fakeClient() {
  const handlers = new Set<{ event: ClientEventName; handler: (payload: never) => void }>();
  const client = {
    options: { baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' },
    on(event: ClientEventName, handler: (payload: never) => void) {
      const entry = { event, handler };
      handlers.add(entry);
      return () => handlers.delete(entry);
    },
  };
  return {
    client: client as unknown as ParleyClient,
    emit<K extends ClientEventName>(event: K, payload: ClientEvents[K]) {
      for (const entry of handlers)
        if (entry.event === event) (entry.handler as (p: ClientEvents[K]) => void)(payload);
    },
    listeners: () => handlers.size,
  };
}

/** Renders the hook, then waits for the notifier it loads on demand. */
async function renderNotifications(root: HTMLElement, vnode: VNode) {
  act(() => render(vnode, root));
  await vi.dynamicImportSettled();
}

function Notifications({ client, ...options }: NotificationOptions & { client: ParleyClient }) {
  useNotifications(client, options);
  return null;
}

describe('useNotifications', () => {
  const root = document.createElement('div');
  beforeEach(() => {
    document.title = 'Pricing - Lumen';
  });
  afterEach(() => {
    render(null, root);
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the unread count in the title while mounted, and stops listening on unmount', async () => {
    const { client, emit, listeners } = fakeClient();
    await renderNotifications(root, <Notifications client={client} title describe={() => null} />);
    act(() => emit('unread', { count: 3 }));
    expect(document.title).toBe('(3) Pricing - Lumen');
    act(() => render(null, root));
    expect(document.title).toBe('Pricing - Lumen');
    expect(listeners()).toBe(0);
  });

  it('counts replies that arrive while the notifier loads, and loads none after an unmount', async () => {
    const { client, emit, listeners } = fakeClient();
    act(() => render(<Notifications client={client} title describe={() => null} />, root));
    act(() => emit('unread', { count: 4 }));
    await vi.dynamicImportSettled();
    expect(document.title).toBe('(4) Pricing - Lumen');

    act(() => render(null, root));
    act(() => render(<Notifications client={client} title describe={() => null} />, root));
    act(() => render(null, root));
    await vi.dynamicImportSettled();
    expect(document.title).toBe('Pricing - Lumen');
    expect(listeners()).toBe(0);
  });

  it('keeps the count in the title when the options change', async () => {
    const { client, emit } = fakeClient();
    await renderNotifications(root, <Notifications client={client} title describe={() => null} />);
    act(() => emit('unread', { count: 2 }));
    await renderNotifications(root, <Notifications client={client} title sound describe={() => null} />);
    expect(document.title).toBe('(2) Pricing - Lumen');
  });

  it('listens to nothing when nothing is opted into, and starts when an option is turned on', async () => {
    const { client, emit, listeners } = fakeClient();
    act(() => render(<Notifications client={client} describe={() => null} />, root));
    expect(listeners()).toBe(0);
    await renderNotifications(root, <Notifications client={client} title describe={() => null} />);
    act(() => emit('unread', { count: 1 }));
    expect(document.title).toBe('(1) Pricing - Lumen');
  });

  it('describes each reply with the latest words, and stays quiet when told to', async () => {
    const { shown } = installFakeNotification('granted');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    vi.stubGlobal('navigator', { ...navigator, locks: null });
    const { client, emit } = fakeClient();
    const message = { author: { name: 'Ada' }, text: 'Hello' } as ClientEvents['message']['message'];
    const words = (prefix: string) => (event: ClientEvents['message']) =>
      event.conversationId === 'cnv_quiet'
        ? null
        : { title: `${prefix} ${event.message.author.name}`, body: event.message.text };

    await renderNotifications(root, <Notifications client={client} desktop describe={words('From')} />);
    await renderNotifications(root, <Notifications client={client} desktop describe={words('Reply from')} />);
    act(() => emit('message', { conversationId: 'cnv_1', message }));
    act(() => emit('message', { conversationId: 'cnv_quiet', message }));
    // The words may come as a promise (the widget's load with the first reply): shown once they are here.
    await vi.waitFor(() =>
      expect(shown.map(({ title, options }) => [title, options.body])).toEqual([['Reply from Ada', 'Hello']]),
    );
  });
});
