import type { ParleyClient } from '@parley/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent } from 'vue';
import { createParley } from './createParley';
import { createFakeClient } from './testing/createFakeClient';
import { useParley } from './useParley';

afterEach(() => {
  document.body.replaceChildren();
});

/** Mounts an app with `plugin` and returns it with the client its component found. */
const mountApp = (plugin: ReturnType<typeof createParley>) => {
  let found: ParleyClient | undefined;
  const app = createApp(
    defineComponent(() => {
      found = useParley();
      return () => null;
    }),
  ).use(plugin);
  app.mount(document.createElement('div'));
  return { app, found };
};

describe('createParley', () => {
  it('creates a client from options, provides it, and destroys it when the app unmounts', () => {
    const plugin = createParley({ baseUrl: 'https://support.example.com', widgetKey: 'wk_demo' });
    expect(plugin.client.options.widgetKey).toBe('wk_demo');
    const destroy = vi.spyOn(plugin.client, 'destroy');
    const { app, found } = mountApp(plugin);
    expect(found).toBe(plugin.client);
    expect(destroy).not.toHaveBeenCalled();

    app.unmount();
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('provides a given client and never destroys it', () => {
    const fake = createFakeClient();
    const plugin = createParley({ client: fake.client });
    const { app, found } = mountApp(plugin);
    expect(plugin.client).toBe(fake.client);
    expect(found).toBe(fake.client);

    app.unmount();
    expect(fake.destroyed).toBe(0);
  });
});
