import type { ParleyClient } from '@parley/core';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParleyProvider } from './ParleyProvider';
import { ParleyWidget } from './ParleyWidget';
import { fakeClient, renderRoot } from './testing/fakeClient';
import { useParley } from './useParley';

// Every client the provider makes has its `destroy` watched from the start.
vi.mock('@parley/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('@parley/core')>();
  return {
    ...core,
    createClient: (options: Parameters<typeof core.createClient>[0]): ParleyClient => {
      const client = core.createClient(options);
      vi.spyOn(client, 'destroy');
      return client;
    },
  };
});

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** The clients the providers gave, in the order rendered. */
let seen: unknown[] = [];
function Reader() {
  seen.push(useParley());
  return null;
}

// Wiring only: the widget's configuration never arrives.
const neverAnswers = vi.fn<typeof fetch>(() => new Promise(() => undefined));

describe('<ParleyProvider>', () => {
  it('makes one client from options, keeps it under StrictMode, and destroys it when unmounted', async () => {
    vi.useFakeTimers();
    seen = [];
    const options = { baseUrl: 'https://support.example.com', widgetKey: 'wk_demo', fetch: neverAnswers };
    const view = await renderRoot(
      <StrictMode>
        <ParleyProvider options={options}>
          <Reader />
        </ParleyProvider>
      </StrictMode>,
    );
    // Options written anew on each render: the same client.
    await view.render(
      <StrictMode>
        <ParleyProvider options={{ ...options }}>
          <Reader />
        </ParleyProvider>
      </StrictMode>,
    );
    const client = seen.at(-1) as ParleyClient;
    expect(client.options.widgetKey).toBe('wk_demo');
    expect(new Set(seen.slice(-2)).size).toBe(1);
    // StrictMode unmounted and mounted the provider again: the client it renders with still works.
    await vi.runAllTimersAsync();
    expect(client.destroy).not.toHaveBeenCalled();

    await view.unmount();
    await vi.runAllTimersAsync();
    expect(client.destroy).toHaveBeenCalledTimes(1);
  });

  it('makes a new client for another widget key, and destroys the one before', async () => {
    vi.useFakeTimers();
    seen = [];
    const provider = (widgetKey: string) => (
      <ParleyProvider options={{ baseUrl: 'https://support.example.com', widgetKey, fetch: neverAnswers }}>
        <Reader />
      </ParleyProvider>
    );
    const view = await renderRoot(provider('wk_demo'));
    const first = seen.at(-1) as ParleyClient;
    await view.render(provider('wk_other'));
    const second = seen.at(-1) as ParleyClient;
    expect(second).not.toBe(first);
    expect(second.options.widgetKey).toBe('wk_other');
    await vi.runAllTimersAsync();
    expect(first.destroy).toHaveBeenCalledTimes(1);
    expect(second.destroy).not.toHaveBeenCalled();
    await view.unmount();
  });

  it('never destroys a client it was given', async () => {
    vi.useFakeTimers();
    const { client } = fakeClient();
    const destroy = vi.spyOn(client, 'destroy');
    const view = await renderRoot(<ParleyProvider client={client}>{null}</ParleyProvider>);
    await view.unmount();
    await vi.runAllTimersAsync();
    expect(destroy).not.toHaveBeenCalled();
  });

  it('gives <ParleyWidget> its client, so the widget and the hooks share one session', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() => new Promise(() => undefined));
    const view = await renderRoot(
      <ParleyProvider
        options={{ baseUrl: 'https://support.example.com', widgetKey: 'wk_shared', fetch: fetchSpy }}
      >
        <ParleyWidget />
      </ParleyProvider>,
    );
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalled());
    const [request] = fetchSpy.mock.calls[0] ?? [];
    expect(String(request instanceof Request ? request.url : request)).toContain('wk_shared');
    await view.unmount();
  });
});
