import { waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParleyQueueStub } from '../commands/ScriptTagSettings';
import { setupParleyServer, testBaseUrl } from '../testing/setupParleyServer';

setupParleyServer();

// Each test evaluates the script-tag entry points afresh, as a page load would.
beforeEach(() => {
  vi.resetModules();
  for (const script of document.head.querySelectorAll('script')) script.remove();
  delete window.Parley;
  delete window.parleySettings;
});
afterEach(() => {
  window.Parley?.('shutdown');
  delete window.Parley;
});

/** Evaluates the full bundle, then lets it start: it takes over in a task after its own evaluation. */
async function loadBundle() {
  await import('./parley');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function shadowQueries() {
  const host = document.querySelector('[data-parley-widget]');
  if (!host?.shadowRoot) throw new Error('no widget on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
}

describe('the loader', () => {
  it('defines a queue that keeps commands in order and requests the full bundle once', async () => {
    window.parleySettings = { widgetKey: 'wk_demo' };
    await import('./loader');
    const stub = window.Parley as ParleyQueueStub;
    stub('open');
    stub('toggle');
    expect(stub.q).toEqual([['open'], ['toggle']]);
    expect(stub.settings).toMatchObject({ widgetKey: 'wk_demo' });
    const bundles = document.head.querySelectorAll('script[src$="/parley.js"]');
    expect(bundles).toHaveLength(1);
  });

  it('keeps calls a pasted snippet queued before it, and does nothing when included twice', async () => {
    const early = Object.assign((...args: unknown[]) => early.q.push(args), { q: [['open']] as unknown[][] });
    window.Parley = early;
    await import('./loader');
    const stub = window.Parley as ParleyQueueStub;
    expect(stub.q).toEqual([['open']]);
    vi.resetModules();
    await import('./loader');
    expect(window.Parley).toBe(stub);
    expect(document.head.querySelectorAll('script[src$="/parley.js"]')).toHaveLength(1);
  });
});

describe('the full script-tag bundle', () => {
  it('boots from the loader settings and replays queued commands in order', async () => {
    const queued: ParleyQueueStub = Object.assign(() => undefined, {
      q: [['open'], ['close'], ['open']],
      settings: { baseUrl: testBaseUrl, widgetKey: 'wk_demo' },
      loader: true as const,
    });
    window.Parley = queued;
    await loadBundle();
    const ui = shadowQueries();
    const dialog = await ui.findByRole('dialog', { name: 'Lumen' });
    expect(await within(dialog).findByText('Hi there 👋')).toBeTruthy();
    expect(window.Parley?.version).toBeDefined();
    expect(queued.q).toEqual([]);
  });

  it('answers later commands directly and reports bad ones with a [parley] console error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.Parley = Object.assign(() => undefined, { q: [], settings: { baseUrl: testBaseUrl } });
    await loadBundle();
    const parley = window.Parley as ParleyQueueStub;
    expect(document.querySelector('[data-parley-widget]')).toBeNull();
    parley('open');
    parley('fly');
    parley('boot', { widgetKey: 'wk_demo' });
    parley('open');
    // The commands load as a chunk of their own: calls made meanwhile wait, in order.
    await waitFor(() => expect(document.querySelector('[data-parley-widget]')).not.toBeNull());
    expect(await shadowQueries().findByRole('dialog')).toBeTruthy();
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringMatching(/^\[parley\] "open" was called before "boot"/),
      expect.stringMatching(/^\[parley\] unknown command "fly"/),
    ]);
    errors.mockRestore();
  });

  it('replays every kind of queued command in order, and answers once loaded', async () => {
    const ready = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.Parley = Object.assign(() => undefined, {
      q: [['on', 'ready', ready], ['search', 'export'], ['setTheme', 'dark'], ['hide'], ['showArticle', 7]],
      settings: { baseUrl: testBaseUrl, widgetKey: 'wk_demo' },
      loader: true as const,
    });
    await loadBundle();
    const parley = window.Parley as ParleyQueueStub & ((...args: unknown[]) => unknown);
    await waitFor(() => expect(ready).toHaveBeenCalledWith({ widgetKey: 'wk_demo', locale: 'en-US' }));
    expect(parley('getState')).toMatchObject({
      open: true,
      launcherVisible: false,
      theme: 'dark',
      route: { view: 'search', query: 'export' },
    });
    expect(await shadowQueries().findByRole('searchbox', { name: 'Search for help' })).toBeTruthy();
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringMatching(/^\[parley\] "showArticle" takes an article id .*; got 7 \(a number\)\.$/),
    ]);
    errors.mockRestore();
  });

  it('reports settings of the wrong type, once its commands have loaded', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.Parley = Object.assign(() => undefined, {
      q: [],
      settings: { baseUrl: testBaseUrl, widgetKey: 'wk_demo', theme: 'neon' as never },
    });
    await loadBundle();
    await waitFor(() =>
      expect(errors).toHaveBeenCalledWith(
        '[parley] "boot" takes theme as a colour scheme: "light", "dark", "auto"; got "neon" (a string).',
      ),
    );
    expect(document.querySelectorAll('[data-parley-widget]')).toHaveLength(1);
    errors.mockRestore();
  });

  it('runs an explicit boot first in the queue instead of booting twice', async () => {
    window.Parley = Object.assign(() => undefined, {
      q: [['boot', { widgetKey: 'wk_demo', theme: 'dark' }], ['open']],
      settings: { baseUrl: testBaseUrl, widgetKey: 'wk_demo' },
    });
    await loadBundle();
    await waitFor(() => expect(document.querySelectorAll('[data-parley-widget]')).toHaveLength(1));
    const root = document.querySelector('[data-parley-widget]')?.shadowRoot;
    expect(root?.querySelector('.parley')?.getAttribute('data-theme')).toBe('dark');
  });
});

describe('the full script-tag bundle behind the loader’s launcher', () => {
  /** The page as the loader leaves it: its launcher drawn, its stub holding the settings and no calls. */
  function loaderPage(queue: unknown[][] = [], noted: Partial<ParleyQueueStub> = {}) {
    const launcher = document.createElement('div');
    launcher.setAttribute('data-parley-loader-launcher', '');
    launcher.attachShadow({ mode: 'open' }).append(document.createElement('button'));
    document.body.append(launcher);
    window.Parley = Object.assign(() => undefined, {
      q: queue,
      settings: { baseUrl: testBaseUrl, widgetKey: 'wk_demo' },
      loader: true as const,
      launcher,
      ...noted,
    });
    return launcher;
  }
  const widgetHosts = () => document.querySelectorAll('[data-parley-widget]');

  afterEach(() => {
    document.querySelector('[data-parley-loader-launcher]')?.remove();
    history.replaceState(null, '', '/');
    sessionStorage.clear();
  });

  it('waits, dormant, until the visitor points at the launcher, then takes over from it', async () => {
    const launcher = loaderPage();
    await loadBundle();
    expect(window.Parley?.version).toBeDefined();
    // Nothing asked for the widget: it is not on the page, and the loader's launcher stands in for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(widgetHosts()).toHaveLength(0);
    expect(launcher.isConnected).toBe(true);

    launcher.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(widgetHosts()).toHaveLength(1);
    await waitFor(() => expect(shadowQueries().getByRole('button', { name: 'Help' })).toBeTruthy());
    expect(launcher.isConnected).toBe(false);
  });

  it('wakes at the page’s first call, and runs it', async () => {
    loaderPage();
    await loadBundle();
    expect(widgetHosts()).toHaveLength(0);
    window.Parley?.('open');
    const dialog = await shadowQueries().findByRole('dialog', { name: 'Lumen' });
    expect(await within(dialog).findByText('Hi there 👋')).toBeTruthy();
  });

  it('shows at once for calls queued before it, a deep link in the address, or the visitor’s intent', async () => {
    /** Loads the bundle on the loader's page as `prepare` leaves it; whether the widget is on the page at once. */
    const showsAtOnce = async (prepare: () => unknown[][], noted: Partial<ParleyQueueStub> = {}) => {
      vi.resetModules();
      delete window.Parley;
      loaderPage(prepare(), noted);
      await loadBundle();
      const shown = widgetHosts().length === 1;
      (window.Parley as unknown as ParleyQueueStub)('shutdown');
      await waitFor(() => expect(widgetHosts()).toHaveLength(0));
      return shown;
    };
    expect(await showsAtOnce(() => [['on', 'ready', () => undefined]])).toBe(true);
    expect(
      await showsAtOnce(() => {
        history.replaceState(null, '', '/help?parley=home');
        return [];
      }),
    ).toBe(true);
    history.replaceState(null, '', '/');
    // Pointing at the launcher, or focusing it, while the bundle loaded: the loader noted it.
    expect(await showsAtOnce(() => [], { intent: true })).toBe(true);
    expect(await showsAtOnce(() => [])).toBe(false);
  });

  it('wakes soon after it loads when this tab kept its state', async () => {
    sessionStorage.setItem('parley:wk_demo:state', '{}');
    loaderPage();
    await loadBundle();
    await waitFor(() => expect(widgetHosts()).toHaveLength(1));
  });
});
