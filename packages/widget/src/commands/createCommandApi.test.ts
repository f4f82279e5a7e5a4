import { describe, expect, it, vi } from 'vitest';
import type { MountOptions, WidgetHandle } from '../mount';
import { createCommandApi } from './createCommandApi';
import type { WidgetEventListener, WidgetEventName } from './WidgetEvents';

/** A stand-in for mount(): handles whose every method is a spy, and whose events the test fires. */
function fakeMount() {
  const handles: (WidgetHandle & {
    options: MountOptions;
    fire(event: WidgetEventName, payload: unknown): void;
  })[] = [];
  const mount = vi.fn((options: MountOptions) => {
    const listeners = new Set<[WidgetEventName, WidgetEventListener]>();
    const handle = {
      options,
      client: { options: { widgetKey: options.widgetKey } } as WidgetHandle['client'],
      open: vi.fn(),
      close: vi.fn(),
      toggle: vi.fn(),
      isOpen: () => false,
      show: vi.fn(),
      hide: vi.fn(),
      identify: vi.fn(async () => undefined),
      update: vi.fn(async () => {
        throw new Error('refused');
      }),
      logout: vi.fn(async () => undefined),
      search: vi.fn(),
      showArticle: vi.fn(),
      showNewMessage: vi.fn(),
      showConversation: vi.fn(),
      showTicket: vi.fn(),
      setLocale: vi.fn(),
      setTheme: vi.fn(),
      setConsent: vi.fn(async () => undefined),
      on: vi.fn((event: WidgetEventName, listener: WidgetEventListener) => {
        const entry: [WidgetEventName, WidgetEventListener] = [event, listener];
        listeners.add(entry);
        return () => void listeners.delete(entry);
      }),
      off: vi.fn(),
      getState: vi.fn(() => ({ open: false }) as ReturnType<WidgetHandle['getState']>),
      destroy: vi.fn(),
      attachLauncher: vi.fn(() => () => undefined),
      unreadCount: () => 0,
      fire(event: WidgetEventName, payload: unknown) {
        for (const [name, listener] of listeners) if (name === event) listener(payload as never);
      },
    };
    handles.push(handle);
    return handle;
  });
  return { mount, handles };
}

const defaults = { baseUrl: 'https://support.example.com' };

function setup(loaderSettings: Record<string, unknown> = defaults) {
  const { mount, handles } = fakeMount();
  const report = vi.fn();
  const api = createCommandApi({ mount, defaults: loaderSettings, report });
  return { api, mount, handles, report, messages: () => report.mock.calls.map(([message]) => message) };
}

describe('the command API', () => {
  it('boots with the loader settings under the boot settings, then runs commands on the handle', () => {
    const { api, mount, handles, report } = setup({ ...defaults, locale: 'fr' });
    api.run('boot', { widgetKey: 'wk_demo', theme: 'dark', position: 'left', consent: 'pending' });
    api.run('open');
    api.run('showArticle', 'art_1');
    api.run('showNewMessage');
    api.run('setTheme', 'light');
    api.run('setConsent', 'granted');
    expect(mount).toHaveBeenCalledWith({
      baseUrl: 'https://support.example.com',
      widgetKey: 'wk_demo',
      locale: 'fr',
      theme: 'dark',
      launcher: { position: 'left' },
      consent: 'pending',
    });
    const [handle] = handles;
    expect(handle?.open).toHaveBeenCalledOnce();
    expect(handle?.showArticle).toHaveBeenCalledWith('art_1');
    expect(handle?.showNewMessage).toHaveBeenCalledWith();
    expect(handle?.setTheme).toHaveBeenCalledWith('light');
    expect(handle?.setConsent).toHaveBeenCalledWith('granted');
    expect(report).not.toHaveBeenCalled();
  });

  it('reports, and never throws, unknown commands, extra arguments, bad settings and calls before boot', () => {
    const { api, mount, messages } = setup();
    expect(() => {
      api.run('explode');
      api.run(42);
      api.run('__proto__');
      api.run('toString');
      api.run('open');
      api.run('open', 'article');
      api.run('showArticle', 'a', 'b');
      api.run('boot', 'wk_demo');
      api.run('boot', { widgetKey: 'wk_demo', theme: 'purple' });
      api.run('boot', { widget_key: 'wk_demo' });
      api.run('boot', { widgetKey: 'wk_demo', baseUrl: 'javascript:alert(1)' });
      api.run('boot', {});
    }).not.toThrow();
    expect(mount).not.toHaveBeenCalled();
    expect(messages()).toEqual([
      expect.stringMatching(/^unknown command "explode"\. Known commands: boot, shutdown, load, open, /),
      expect.stringMatching(/^unknown command "42"/),
      expect.stringMatching(/^unknown command "__proto__"/),
      expect.stringMatching(/^unknown command "toString"/),
      `"open" was called before "boot"; call Parley('boot', { widgetKey }) first.`,
      '"open" takes no arguments; got 1.',
      '"showArticle" takes at most 1 argument; got 2.',
      '"boot" takes a settings object, such as { widgetKey: "wk_live_123" }; got "wk_demo" (a string).',
      '"boot" takes theme as a colour scheme: "light", "dark", "auto"; got "purple" (a string).',
      '"boot" takes only the fields widgetKey, baseUrl, locale, theme, dir, nonce, position, color, hideLauncher, launcherElement, consent; got "widget_key" (a string).',
      '"boot" takes baseUrl as an absolute http(s) URL; got "javascript:alert(1)" (a string).',
      '"boot" needs a widgetKey and a baseUrl (from parleySettings, data-* attributes or its settings).',
    ]);
  });

  it('reports a command that fails inside instead of throwing into the host page', () => {
    const report = vi.fn();
    const api = createCommandApi({
      mount: () => {
        throw new Error('boom');
      },
      defaults,
      report,
    });
    expect(() => api.run('boot', { widgetKey: 'wk_demo' })).not.toThrow();
    expect(report).toHaveBeenCalledWith('"boot" failed.', expect.any(Error));
  });

  it('answers getState (null before boot), and gives the backend commands a promise that never rejects', async () => {
    const { api, handles } = setup();
    expect(api.run('getState')).toBeNull();
    api.run('boot', { widgetKey: 'wk_demo' });
    expect(api.run('getState')).toEqual({ open: false });
    await expect(api.run('identify', { userId: 'ada' })).resolves.toBeUndefined();
    await expect(api.run('update', { plan: 'pro' })).resolves.toBeUndefined();
    expect(handles[0]?.identify).toHaveBeenCalledWith({ userId: 'ada' });
    expect(api.run('load')).toBeUndefined();
  });

  it('keeps the page’s listeners across shutdown and boot, each once, until off', () => {
    const { api, handles, messages } = setup();
    const opened = vi.fn();
    const stop = api.run('on', 'open', opened) as () => void;
    api.run('on', 'open', opened);
    api.run('boot', { widgetKey: 'wk_a' });
    handles[0]?.fire('open', { view: 'home' });
    expect(opened).toHaveBeenCalledTimes(1);

    api.run('boot', { widgetKey: 'wk_b' });
    expect(handles[0]?.destroy).toHaveBeenCalledOnce();
    handles[0]?.fire('open', { view: 'home' });
    handles[1]?.fire('open', { view: 'search' });
    expect(opened.mock.calls).toEqual([[{ view: 'home' }], [{ view: 'search' }]]);

    stop();
    handles[1]?.fire('open', { view: 'home' });
    const closed = vi.fn();
    api.run('on', 'close', closed);
    api.run('off', 'close', closed);
    handles[1]?.fire('close', { view: 'home' });
    expect(opened).toHaveBeenCalledTimes(2);
    expect(closed).not.toHaveBeenCalled();

    api.run('on', 'opened', opened);
    api.run('off', 'open', 'opened');
    expect(messages()).toEqual([
      expect.stringMatching(
        /^"on" takes an event name \(ready, open, close, .*\); got "opened" \(a string\)\.$/,
      ),
      '"off" takes a listener function; got "opened" (a string).',
    ]);
  });

  it('replaces the widget on a second boot and removes it on shutdown', () => {
    const { api, handles } = setup();
    api.run('boot', { widgetKey: 'wk_a' });
    api.run('boot', { widgetKey: 'wk_b' });
    expect(handles[0]?.destroy).toHaveBeenCalledOnce();
    expect(api.isBooted()).toBe(true);
    api.run('shutdown');
    expect(handles[1]?.destroy).toHaveBeenCalledOnce();
    expect(api.isBooted()).toBe(false);
    api.run('shutdown');
  });
});
