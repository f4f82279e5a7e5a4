import { createApp, createMemoryStore, type SeedContent } from '@parley/server/msw';
import { type HttpHandler, http } from 'msw';
import { STORY_AGENT_TOKEN } from './createStoryTeam';

/**
 * MSW handlers with the reference engine (demo content, demo bot) and its agent API open with
 * {@link STORY_AGENT_TOKEN}, for stories and tests where the team answers. The engine is made on the
 * first request, so defining the handlers costs nothing.
 *
 * @param seed - Other content than the demo's (a widget with pre-chat fields...).
 * @internal
 */
export function createTeamHandlers(seed?: SeedContent): HttpHandler[] {
  let app: ReturnType<typeof createApp> | undefined;
  return [
    http.all('*/v1/*', ({ request }) => {
      app ??= createApp({
        store: createMemoryStore(seed && { seed }),
        settings: { agentToken: STORY_AGENT_TOKEN },
      });
      return app.fetch(request);
    }),
  ];
}
