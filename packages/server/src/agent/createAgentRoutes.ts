import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { createAgentAttachmentRoutes } from './createAgentAttachmentRoutes';
import { createAgentConversationRoutes } from './createAgentConversationRoutes';
import { createAgentTicketRoutes } from './createAgentTicketRoutes';
import { requireAgent } from './requireAgent';

/**
 * The agent API under `/v1/agent`, behind the agent bearer token. Mounted under `/v1` by {@link createApp}.
 * @internal
 */
export function createAgentRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  routes.use('/agent/*', requireAgent(engine));
  routes.route('/agent', createAgentConversationRoutes(engine));
  routes.route('/agent', createAgentTicketRoutes(engine));
  routes.route('/agent', createAgentAttachmentRoutes(engine));
  return routes;
}
