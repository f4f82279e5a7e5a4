import type { Contact, ParleyClient, Trigger, VisitorSnapshot, WidgetConfig } from '@parley/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { wakeWhenNeeded } from './wakeWhenNeeded';

/** A client with only what the watcher reads: the visitor's session, and a configuration with these triggers. */
function fakeClient(triggers: readonly Pick<Trigger, 'pagePattern'>[] | Error) {
  let snapshot: VisitorSnapshot = { status: 'none', contact: null, error: null };
  const listeners = new Set<() => void>();
  const client = {
    session: {
      visitor: {
        getSnapshot: () => snapshot,
        subscribe: (listener: () => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    },
    config: vi.fn(() =>
      triggers instanceof Error
        ? Promise.reject(triggers)
        : Promise.resolve({ triggers } as unknown as WidgetConfig),
    ),
  };
  const signIn = () => {
    snapshot = { status: 'ready', contact: { id: 'ct_1' } as Contact, error: null };
    for (const listener of [...listeners]) listener();
  };
  return { client: client as unknown as ParleyClient, signIn, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  history.replaceState(null, '', '/');
  sessionStorage.clear();
});

describe('wakeWhenNeeded', () => {
  it('leaves a first-time visitor on a page no proactive message is for alone', async () => {
    history.replaceState(null, '', '/docs/getting-started');
    const { client } = fakeClient([{ pagePattern: '/pricing*' }]);
    const wake = vi.fn();
    const stop = wakeWhenNeeded(client, 'wk_demo', wake);
    await settle();
    expect(wake).not.toHaveBeenCalled();
    stop();
  });

  it('wakes the widget at once when this tab kept its state, to bring the panel back as it was', () => {
    sessionStorage.setItem('parley:wk_demo:state', '{}');
    const { client } = fakeClient([]);
    const wake = vi.fn();
    wakeWhenNeeded(client, 'wk_other', wake);
    expect(wake).not.toHaveBeenCalled();
    wakeWhenNeeded(client, 'wk_demo', wake);
    expect(wake).toHaveBeenCalledOnce();
  });

  it('wakes the widget once the visitor turns out to have a session, and stops listening', async () => {
    const { client, signIn, listeners } = fakeClient([]);
    const wake = vi.fn();
    wakeWhenNeeded(client, 'wk_demo', wake);
    await settle();
    expect(wake).not.toHaveBeenCalled();
    signIn();
    expect(wake).toHaveBeenCalledOnce();
    expect(listeners.size).toBe(0);
  });

  it('wakes the widget on a page a proactive message is for', async () => {
    history.replaceState(null, '', '/pricing/teams');
    const { client } = fakeClient([{ pagePattern: '/settings*' }, { pagePattern: '/pricing*' }]);
    const wake = vi.fn();
    wakeWhenNeeded(client, 'wk_demo', wake);
    await vi.waitFor(() => expect(wake).toHaveBeenCalledOnce());
  });

  it('wakes the widget when a single-page app moves to a page a proactive message is for', async () => {
    history.replaceState(null, '', '/');
    const { client } = fakeClient([{ pagePattern: '/pricing*' }]);
    const wake = vi.fn();
    wakeWhenNeeded(client, 'wk_demo', wake);
    await settle();
    history.pushState(null, '', '/about');
    await settle();
    expect(wake).not.toHaveBeenCalled();
    history.pushState(null, '', '/pricing');
    await vi.waitFor(() => expect(wake).toHaveBeenCalledOnce());
    // Once awake, later routes wake nothing more: the widget follows them itself.
    history.pushState(null, '', '/pricing/teams');
    await settle();
    expect(wake).toHaveBeenCalledOnce();
  });

  it('wakes nothing when the configuration cannot load, nor after being stopped', async () => {
    history.replaceState(null, '', '/pricing');
    const failing = fakeClient(new Error('offline'));
    const wake = vi.fn();
    wakeWhenNeeded(failing.client, 'wk_demo', wake);
    await settle();
    expect(wake).not.toHaveBeenCalled();

    const { client, signIn } = fakeClient([{ pagePattern: '/pricing*' }]);
    const stop = wakeWhenNeeded(client, 'wk_demo', wake);
    stop();
    signIn();
    await settle();
    expect(wake).not.toHaveBeenCalled();
  });
});
