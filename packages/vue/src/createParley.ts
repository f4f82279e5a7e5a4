import { type ClientOptions, createClient, type ParleyClient } from '@parley/core';
import type { App } from 'vue';
import { parleyKey } from './parleyKey';

/** The Vue plugin {@link createParley} returns: `app.use()` it. */
export interface ParleyPlugin {
  /** Provides {@link ParleyPlugin.client} to every component of `app`. */
  install(app: App): void;
  /** The client the plugin provides: the one given, or the one it created. */
  readonly client: ParleyClient;
}

/**
 * A Vue plugin that provides one Parley client to the whole app, for {@link useParley}, the composables and
 * `<ParleyWidget>`. Given client options, it creates the client (`createClient` from `@parley/core`, which
 * does nothing until something is subscribed or called) and destroys it when the app unmounts. Given
 * `{ client }`, it provides that client and never destroys it: the caller owns it.
 *
 * @param source - Client options (`baseUrl`, `widgetKey`...), or `{ client }` to share an existing client.
 * @example
 * ```ts
 * import { createParley } from '@parley/vue';
 * import { createApp } from 'vue';
 * import App from './App.vue';
 *
 * createApp(App)
 *   .use(createParley({ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' }))
 *   .mount('#app');
 * ```
 */
export function createParley(source: { client: ParleyClient } | ClientOptions): ParleyPlugin {
  const given = 'client' in source;
  const client = given ? source.client : createClient(source);
  return {
    client,
    install(app) {
      app.provide(parleyKey, client);
      if (!given) app.onUnmount(() => client.destroy());
    },
  };
}
