import { afterEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, effectScope, h, nextTick, watchEffect } from 'vue';
import { createParley } from './createParley';
import { createFakeClient } from './testing/createFakeClient';
import { mountWithClient } from './testing/mountWithClient';
import { useConnection } from './useConnection';

afterEach(() => {
  document.body.replaceChildren();
});

describe('useConnection', () => {
  it('follows client.connection in a component until it unmounts', async () => {
    const fake = createFakeClient();
    const { app, element } = mountWithClient(
      fake.client,
      defineComponent(() => {
        const connection = useConnection();
        return () => h('p', connection.value);
      }),
    );
    expect(element.textContent).toBe('offline');
    fake.connection.set('online');
    await nextTick();
    expect(element.textContent).toBe('online');
    app.unmount();
    expect(fake.connection.listeners).toBe(0);
  });

  it('outside a component, subscribes at once and unsubscribes when the effect scope stops', () => {
    const fake = createFakeClient();
    const app = createApp({ render: () => null }).use(createParley({ client: fake.client }));
    const scope = effectScope();
    const seen: string[] = [];
    app.runWithContext(() =>
      scope.run(() => {
        const connection = useConnection();
        watchEffect(() => seen.push(connection.value), { flush: 'sync' });
      }),
    );
    expect(fake.connection.listeners).toBe(1);
    fake.connection.set('connecting');
    expect(seen).toEqual(['offline', 'connecting']);

    scope.stop();
    expect(fake.connection.listeners).toBe(0);
  });
});
