import { Hono } from 'hono';
import { methodNotAllowed } from '../http/methodNotAllowed';

/**
 * `GET /health`: `{ "status": "ok" }` while the engine answers. Start scripts and tests poll it to know the
 * server is up. Mounted under `/v1` by {@link createApp}.
 * @internal
 */
export function createHealthRoutes(): Hono {
  const routes = new Hono();
  routes.get('/health', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  routes.all('/health', methodNotAllowed(['GET', 'HEAD']));
  return routes;
}
