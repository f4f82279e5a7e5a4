import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';

/** The agent API under `/v1/agent` and the inbox page, mounted by {@link createApp}. @internal */
export function createAgentRoutes(_engine: Engine): Hono<EngineEnv> {
  return new Hono<EngineEnv>();
}
