import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';

/** The routes of this domain, mounted under `/v1` by {@link createApp}. @internal */
export function createTicketRoutes(_engine: Engine): Hono<EngineEnv> {
  return new Hono<EngineEnv>();
}
