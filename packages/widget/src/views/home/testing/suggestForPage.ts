import { createApp, createMemoryStore } from '@parley/server/msw';
import { http } from 'msw';

/**
 * An MSW handler that answers page suggestions as the reference engine would on the host page `path`,
 * whatever page the test or story really runs on (Storybook's `/iframe.html` has no suggestions). The
 * help centre is static demo content, so an engine of its own answers it.
 * @example
 * ```ts
 * parameters: { msw: { handlers: { suggest: [suggestForPage('/settings/security')] } } }
 * ```
 * @internal
 */
export function suggestForPage(path: string) {
  let engine: ReturnType<typeof createApp> | undefined;
  return http.get('*/v1/kb/suggest', ({ request }) => {
    const url = new URL(request.url);
    if (!url.searchParams.has('pageUrl')) return undefined;
    url.searchParams.set('pageUrl', new URL(path, url).href);
    engine ??= createApp({ store: createMemoryStore() });
    return engine.fetch(new Request(url, { headers: request.headers }));
  });
}
