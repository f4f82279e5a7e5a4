import { describe, expect, it, vi } from 'vitest';
import type { MountOptions, WidgetHandle } from '../mount';
import { createCommandApi } from './createCommandApi';

function fakeMount() {
  const handles: (WidgetHandle & { options: MountOptions })[] = [];
  const mount = vi.fn((options: MountOptions) => {
    let open = false;
    const handle = {
      options,
      client: {} as WidgetHandle['client'],
      open: vi.fn(() => {
        open = true;
      }),
      close: vi.fn(() => {
        open = false;
      }),
      toggle: vi.fn(() => {
        open = !open;
      }),
      isOpen: () => open,
      destroy: vi.fn(),
      attachLauncher: vi.fn(() => () => {}),
      unreadCount: () => 0,
    };
    handles.push(handle);
    return handle;
  });
  return { mount, handles };
}

const defaults = { baseUrl: 'https://support.example.com' };

describe('the command API', () => {
  it('boots with the loader defaults merged under the boot settings, then runs commands', () => {
    const { mount, handles } = fakeMount();
    const report = vi.fn();
    const api = createCommandApi({ mount, defaults: { ...defaults, locale: 'fr' }, report });
    api.run('boot', { widgetKey: 'wk_demo', theme: 'dark' });
    api.run('open');
    expect(mount).toHaveBeenCalledWith({
      baseUrl: 'https://support.example.com',
      widgetKey: 'wk_demo',
      locale: 'fr',
      theme: 'dark',
    });
    expect(handles[0]?.isOpen()).toBe(true);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports, and never throws, on unknown commands, bad arguments and calls before boot', () => {
    const { mount } = fakeMount();
    const report = vi.fn();
    const api = createCommandApi({ mount, defaults, report });
    expect(() => {
      api.run('explode');
      api.run(42);
      api.run('__proto__');
      api.run('toString');
      api.run('open');
      api.run('boot', 'wk_demo');
      api.run('boot', {});
    }).not.toThrow();
    expect(mount).not.toHaveBeenCalled();
    expect(report.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/unknown command "explode"/),
      expect.stringMatching(/unknown command "42"/),
      expect.stringMatching(/unknown command "__proto__"/),
      expect.stringMatching(/unknown command "toString"/),
      expect.stringMatching(/"open" was called before "boot"/),
      expect.stringMatching(/takes one settings object/),
      expect.stringMatching(/needs a widgetKey/),
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

  it('replaces the widget on a second boot and removes it on shutdown', () => {
    const { mount, handles } = fakeMount();
    const api = createCommandApi({ mount, defaults, report: vi.fn() });
    api.run('boot', { widgetKey: 'wk_a' });
    api.run('boot', { widgetKey: 'wk_b' });
    expect(handles[0]?.destroy).toHaveBeenCalledOnce();
    expect(api.isBooted()).toBe(true);
    api.run('shutdown');
    expect(handles[1]?.destroy).toHaveBeenCalledOnce();
    expect(api.isBooted()).toBe(false);
  });
});
