import { createApp, createMemoryStore } from '@parley/server/msw';
import { http, type RequestHandler } from 'msw';

/**
 * MSW handlers for a story in which the support team acts: an engine of its own (seeded with the demo
 * content) with the agent API open to `token` (see {@link playTeam}). The engine is made on the first
 * request, not when a story file is read.
 * @internal
 */
export function teamHandlers(token: string): RequestHandler[] {
  let app: ReturnType<typeof createApp> | undefined;
  return [
    http.all('*/v1/*', ({ request }) => {
      app ??= createApp({ store: createMemoryStore(), settings: { agentToken: token } });
      return app.fetch(request);
    }),
  ];
}
