import { Hono } from 'hono';
import { requireAgent } from '../agent/requireAgent';
import type { Engine, EngineEnv } from '../app/Engine';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { eventStreamHeaders, openEventStream } from './openEventStream';

/**
 * `GET /agent/events`: Server-Sent Events of the team (the agent inbox), behind the agent token as a bearer
 * header or `?token=`; same framing, replay and `reset` rules as `GET /events`. Each open stream counts as
 * an agent online. Mounted under `/v1` by {@link createApp}.
 * @internal
 */
export function createAgentEventRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  routes.get('/agent/events', requireAgent(engine), (c) => {
    if (c.req.method === 'HEAD') return new Response(null, { headers: eventStreamHeaders });
    return openEventStream(engine, {
      audience: 'team',
      lastEventId: c.req.header('Last-Event-ID') || c.req.query('lastEventId'),
      signal: c.req.raw.signal,
    });
  });
  routes.all('/agent/events', methodNotAllowed(['GET', 'HEAD']));
  return routes;
}
