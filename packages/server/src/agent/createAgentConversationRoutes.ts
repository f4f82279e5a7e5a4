import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';

/** Agent API routes of this domain, mounted under `/v1/agent` (behind the agent token). @internal */
export function createAgentConversationRoutes(_engine: Engine): Hono<EngineEnv> {
  return new Hono<EngineEnv>();
}
