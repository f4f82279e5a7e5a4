import type { Store } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, createSSRApp, defineComponent, effectScope, h, nextTick } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { createFakeStore } from './testing/createFakeStore';
import { useStore } from './useStore';

afterEach(() => {
  document.body.replaceChildren();
});

/** Like core's stores: the first subscriber starts loading, at once. */
const loadingOnSubscribe = () => {
  const store = createFakeStore('idle');
  const subscribe: Store<string>['subscribe'] = (listener) => {
    const stop = store.subscribe(listener);
    store.set('loading');
    return stop;
  };
  return { ...store, subscribe, store };
};

describe('useStore', () => {
  it("hydrates the server's HTML as it is, then subscribes", async () => {
    const { store, ...source } = loadingOnSubscribe();
    const Status = defineComponent(() => {
      const status = useStore(() => source);
      return () => h('p', status.value);
    });
    const element = document.createElement('div');
    element.innerHTML = await renderToString(createSSRApp(Status));
    const warnings: string[] = [];
    const app = createSSRApp(Status);
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(element);

    expect(warnings).toEqual([]);
    expect(store.listeners).toBe(1);
    await nextTick();
    expect(element.textContent).toBe('loading');
  });

  it('subscribes nothing for an effect scope stopped before its component mounted', () => {
    const store = createFakeStore('idle');
    createApp(
      defineComponent(() => {
        const scope = effectScope();
        scope.run(() => useStore(() => store));
        scope.stop();
        return () => null;
      }),
    ).mount(document.createElement('div'));
    expect(store.subscriptions).toBe(0);
  });
});
