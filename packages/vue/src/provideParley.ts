import type { ParleyClient } from '@parley/core';
import { provide } from 'vue';
import { parleyKey } from './parleyKey';

/**
 * Provides a client to the calling component's descendants (Vue's `provide`), for {@link useParley}, the
 * composables and `<ParleyWidget>` below it: a support screen with a client of its own, or a test. Call it in
 * a component's `setup`. The component itself does not see it (Vue injects from parents): use `client`
 * directly there. The caller owns the client: destroy it when it is no longer needed.
 *
 * @param client - The client to share, from `createClient` of `@parley/core`.
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' });
 * provideParley(client);
 * onUnmounted(() => client.destroy());
 * ```
 */
export function provideParley(client: ParleyClient): void {
  provide(parleyKey, client);
}
