import { createClient, createMemoryStorage } from '@parley/core';
import { mount, type WidgetHandle } from '@parley/widget';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, createSSRApp, h, nextTick, ref } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createParley } from './createParley';
import { ParleyWidget } from './ParleyWidget';

// The real mount(), watched: which client did the widget get?
vi.mock('@parley/widget', async (importOriginal) => {
  const widget = await importOriginal<typeof import('@parley/widget')>();
  return { ...widget, mount: vi.fn(widget.mount) };
});

const widgetHosts = () => document.querySelectorAll('[data-parley-widget]');
const mountedClients = () =>
  vi.mocked(mount).mock.results.map((result) => (result.value as WidgetHandle).client);
const options = { baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' };
const newClient = () =>
  createClient({ ...options, storage: createMemoryStorage(), fetch: () => new Promise(() => undefined) });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(mount).mockClear();
  document.body.replaceChildren();
});

describe('<ParleyWidget> for Vue', () => {
  it('mounts one widget while mounted, remounts on a new key, and removes it on unmount', async () => {
    // Wiring only: the widget's launcher renders whether or not its configuration ever arrives.
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const widgetKey = ref('wk_demo');
    const container = document.createElement('div');
    document.body.append(container);
    const app = createApp({
      render: () => h(ParleyWidget, { baseUrl: 'https://support.example.com', widgetKey: widgetKey.value }),
    });
    app.mount(container);
    expect(widgetHosts()).toHaveLength(1);
    expect(widgetHosts()[0]?.shadowRoot?.querySelector('button[aria-label="Help"]')).not.toBeNull();
    const first = widgetHosts()[0];

    widgetKey.value = 'wk_other';
    await nextTick();
    expect(widgetHosts()).toHaveLength(1);
    expect(widgetHosts()[0]).not.toBe(first);

    app.unmount();
    expect(widgetHosts()).toHaveLength(0);
  });

  it('uses the client of createParley, unless given a client of its own', async () => {
    const provided = newClient();
    const own = newClient();
    const client = ref<typeof own | undefined>();
    const app = createApp({
      render: () => h(ParleyWidget, client.value ? { ...options, client: client.value } : options),
    });
    app.use(createParley({ client: provided })).mount(document.createElement('div'));
    expect(mountedClients()).toEqual([provided]);

    client.value = own;
    await nextTick();
    expect(mountedClients()).toEqual([provided, own]);
    app.unmount();
  });

  it("needs no backend address or key under createParley: the client's are used", () => {
    const provided = newClient();
    const app = createApp({ render: () => h(ParleyWidget, { theme: 'dark' }) });
    app.use(createParley({ client: provided })).mount(document.createElement('div'));
    expect(mountedClients()).toEqual([provided]);
    expect(widgetHosts()).toHaveLength(1);
    app.unmount();
  });

  it('reports options it cannot use in the console, and the app goes on', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = createApp({ render: () => h(ParleyWidget, { widgetKey: 'wk_demo' }) });
    app.mount(document.createElement('div'));
    expect(errors).toHaveBeenCalledWith(
      '[parley] <ParleyWidget> could not mount the widget:',
      expect.any(Error),
    );
    expect(widgetHosts()).toHaveLength(0);
    app.unmount();
    errors.mockRestore();
  });

  it('renders nothing on the server', async () => {
    const app = createSSRApp({
      render: () => h(ParleyWidget, { baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' }),
    });
    expect(await renderToString(app)).toBe('<!---->');
  });
});
