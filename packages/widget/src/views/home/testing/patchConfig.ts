import type { WidgetConfig } from '@parley/core';
import { createApp, createMemoryStore } from '@parley/server/msw';
import { HttpResponse, http } from 'msw';

/**
 * An MSW handler that serves the reference engine's widget configuration changed by `change` (other
 * capabilities, fixed business hours), for tests and stories whose outcome must not depend on the clock
 * or on the demo's settings. Put it before the engine's own handlers (`server.use`, story parameters).
 * @example
 * ```ts
 * server.use(patchConfig((config) => ({ ...config, availability: null })));
 * ```
 * @internal
 */
export function patchConfig(change: (config: WidgetConfig) => WidgetConfig) {
  let engine: ReturnType<typeof createApp> | undefined;
  return http.get('*/v1/widget/config', async ({ request }) => {
    engine ??= createApp({ store: createMemoryStore() });
    const config = (await (await engine.fetch(request)).json()) as WidgetConfig;
    return HttpResponse.json(change(config));
  });
}
