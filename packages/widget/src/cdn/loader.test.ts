import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParleyQueueStub } from '../commands/ScriptTagSettings';

// Each test runs the loader afresh, as a page load would. The browser specs (tests/browser/loader*.spec.ts)
// cover the same against the built files in Chromium; these pin the rules down quickly.
let idle: (() => void)[] = [];
beforeEach(() => {
  vi.resetModules();
  idle = [];
  vi.stubGlobal(
    'requestIdleCallback',
    vi.fn((callback: () => void) => {
      idle.push(callback);
      return idle.length;
    }),
  );
  // happy-dom loads no script files: each bundle request ends in a load error, reported as such.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.documentElement.lang = '';
  delete window.Parley;
  delete window.parleySettings;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const bundles = () => document.head.querySelectorAll('script[src$="/parley.js"]');
const loaderLauncher = () => document.querySelector<HTMLElement>('[data-parley-loader-launcher]');
const launcherButton = () => loaderLauncher()?.shadowRoot?.querySelector('button');

async function runLoader(): Promise<ParleyQueueStub> {
  await import('./loader');
  return window.Parley as ParleyQueueStub;
}

describe('the loader', () => {
  it('draws the launcher with a widget key and loads the widget on intent only', async () => {
    window.parleySettings = { widgetKey: 'wk_demo' };
    const stub = await runLoader();
    const button = launcherButton();
    expect(stub.launcher).toBe(loaderLauncher());
    expect(button?.getAttribute('aria-label')).toBe('Help');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(bundles()).toHaveLength(0);

    // Events from inside the shadow root reach the document, where the loader listens, from the host element
    // (happy-dom does not retarget them: dispatched on the host here; Chromium's are in the browser specs).
    loaderLauncher()?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    loaderLauncher()?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(bundles()).toHaveLength(1);
    expect(stub.q).toEqual([]);
  });

  it('queues open on a click before the widget is there, and shows the button busy until it fails', async () => {
    window.parleySettings = { widgetKey: 'wk_demo' };
    const stub = await runLoader();
    const errors = vi.mocked(console.error);
    errors.mockImplementationOnce(() => {
      // happy-dom fails the load at once: the button was busy until then.
      expect(launcherButton()?.getAttribute('aria-busy')).toBe('true');
    });
    loaderLauncher()?.click();
    expect(stub.q).toEqual([['open']]);
    expect(bundles()).toHaveLength(1);
    expect(errors).toHaveBeenCalledWith('[parley] could not load', expect.stringMatching(/\/parley\.js$/));
    // It failed: the button is usable again, and says so.
    expect(launcherButton()?.hasAttribute('aria-busy')).toBe(false);
  });

  it('opens the panel from its launcher once the widget runs, until the widget has drawn its own', async () => {
    window.parleySettings = { widgetKey: 'wk_demo' };
    const stub = await runLoader();
    const widget = vi.fn();
    window.Parley = Object.assign(widget, { version: 'test' });
    loaderLauncher()?.click();
    expect(widget).toHaveBeenCalledWith('open');
    expect(stub.q).toEqual([]);
  });

  /** Runs the idle callbacks requested so far, as the browser would in its next idle period. */
  const runIdleCallbacks = () => {
    for (const callback of idle.splice(0)) callback();
  };

  it('loads the widget when the browser is idle after the page loaded', async () => {
    window.parleySettings = { widgetKey: 'wk_demo' };
    await runLoader();
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 3000 });
    expect(bundles()).toHaveLength(0);
    runIdleCallbacks();
    expect(bundles()).toHaveLength(1);
  });

  it('waits for the page to load first, and then for the browser to be idle again', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    window.parleySettings = { widgetKey: 'wk_demo' };
    await runLoader();
    runIdleCallbacks();
    expect(bundles()).toHaveLength(0);
    // Nothing else was asked for: the next idle period is waited for once the page has loaded.
    expect(idle).toHaveLength(0);
    readyState.mockReturnValue('complete');
    window.dispatchEvent(new Event('load'));
    expect(bundles()).toHaveLength(0);
    runIdleCallbacks();
    expect(bundles()).toHaveLength(1);
  });

  it('waits without requestIdleCallback too (Safari), a moment after the page loaded', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    try {
      window.parleySettings = { widgetKey: 'wk_demo' };
      await runLoader();
      expect(bundles()).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(bundles()).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("loads at once for Parley('load') and for commands that show something, not for the others", async () => {
    const stub = await runLoader();
    stub('boot', { widgetKey: 'wk_demo' });
    stub('identify', { userId: 'u1' });
    stub('show');
    expect(bundles()).toHaveLength(0);
    stub('load');
    expect(bundles()).toHaveLength(1);
    // The widget replays them all (load is a no-op for it).
    expect(stub.q).toEqual([
      ['boot', { widgetKey: 'wk_demo' }],
      ['identify', { userId: 'u1' }],
      ['show'],
      ['load'],
    ]);

    for (const name of ['load', 'open', 'toggle', 'search', 'showArticle', 'showNewMessage']) {
      vi.resetModules();
      delete window.Parley;
      document.head.replaceChildren();
      // Queued by the snippet before the loader ran.
      const snippet = Object.assign((...args: unknown[]) => snippet.q.push(args), {
        q: [[name]] as unknown[][],
      });
      window.Parley = snippet;
      expect((await runLoader()).q).toEqual([[name]]);
      expect(bundles()).toHaveLength(1);
    }
  });

  it('draws nothing without a widget key, with the launcher hidden, or with the page’s own launcher', async () => {
    await runLoader();
    expect(loaderLauncher()).toBeNull();
    for (const settings of [
      { widgetKey: 'wk_demo', hideLauncher: true },
      { widgetKey: 'wk_demo', launcherElement: '#help' },
    ]) {
      vi.resetModules();
      delete window.Parley;
      window.parleySettings = settings;
      await runLoader();
      expect(loaderLauncher()).toBeNull();
    }
  });

  it('draws from the settings of a boot the page queued before it', async () => {
    window.Parley = Object.assign(() => undefined, {
      q: [['boot', { widgetKey: 'wk_demo', position: 'left' }]] as unknown[][],
    });
    await runLoader();
    expect(launcherButton()?.hasAttribute('data-side')).toBe(true);
  });

  it("makes the page's own launcher load the widget, and a click on it open the panel once there", async () => {
    document.body.innerHTML = '<button id="help"><span>Help</span></button>';
    window.parleySettings = { widgetKey: 'wk_demo', launcherElement: '#help' };
    const stub = await runLoader();
    const inside = document.querySelector('span');
    inside?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(bundles()).toHaveLength(1);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    inside?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(stub.q).toEqual([['open']]);
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(stub.q).toEqual([['open']]);

    // Once the widget runs, it binds the page's launcher itself.
    const widget = vi.fn();
    window.Parley = Object.assign(widget, { version: 'test' });
    inside?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(widget).not.toHaveBeenCalled();
  });

  it('ignores a launcherElement that is not a selector, without throwing into the page', async () => {
    window.parleySettings = { widgetKey: 'wk_demo', launcherElement: '#' };
    const stub = await runLoader();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(stub.q).toEqual([]);
  });

  it('draws one launcher and requests one bundle when included twice', async () => {
    window.parleySettings = { widgetKey: 'wk_demo' };
    const stub = await runLoader();
    vi.resetModules();
    expect(await runLoader()).toBe(stub);
    stub('open');
    stub('open');
    expect(document.querySelectorAll('[data-parley-loader-launcher]')).toHaveLength(1);
    expect(bundles()).toHaveLength(1);
  });
});
