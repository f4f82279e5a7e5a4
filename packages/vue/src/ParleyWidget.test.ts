import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, createSSRApp, h, nextTick, ref } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { ParleyWidget } from './ParleyWidget';

const widgetHosts = () => document.querySelectorAll('[data-parley-widget]');

afterEach(() => {
  vi.unstubAllGlobals();
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

  it('renders nothing on the server', async () => {
    const app = createSSRApp({
      render: () => h(ParleyWidget, { baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' }),
    });
    expect(await renderToString(app)).toBe('<!---->');
  });
});
