import type { ParleyClient } from '@parley/core';
import { hasInjectionContext, inject } from 'vue';
import { parleyKey } from './parleyKey';

/**
 * The client provided by {@link createParley} or {@link provideParley}. Call it in a component's `setup`
 * (or in `app.runWithContext`).
 *
 * @throws {Error} when no client is provided to the calling component.
 * @example
 * ```ts
 * const client = useParley();
 * const start = (text: string) => client.conversations.create({ text });
 * ```
 */
export function useParley(): ParleyClient {
  // hasInjectionContext first: inject() outside a setup would only warn and return undefined.
  const client = hasInjectionContext() ? inject(parleyKey, null) : null;
  if (!client) {
    throw new Error(
      '[parley] No Parley client here: install app.use(createParley({ baseUrl, widgetKey })), or call provideParley(client) in a parent component, and call useParley() and the composables in a component setup.',
    );
  }
  return client;
}
