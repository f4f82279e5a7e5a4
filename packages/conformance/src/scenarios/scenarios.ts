import type { Scenario } from '../runner/Scenario';
import { agentScenarios } from './agent';
import { attachmentScenarios } from './attachments';
import { clientScenarios } from './client/clientScenarios';
import { configScenarios } from './config';
import { conversationScenarios } from './conversations';
import { corsScenarios } from './cors';
import { errorScenarios } from './errors';
import { idempotencyScenarios } from './idempotency';
import { knowledgeBaseScenarios } from './knowledgeBase';
import { messageScenarios } from './messages';
import { metaScenarios } from './meta';
import { paginationScenarios } from './pagination';
import { realtimeScenarios } from './realtime';
import { sessionScenarios } from './session';
import { ticketScenarios } from './tickets';

/**
 * Every scenario of the suite, in the order they run: by area (see `conformanceAreas`), the ticket
 * lookup rate limit last among tickets so that it cannot throttle the other lookups (the client scenarios'
 * included, which is why they run before the tickets).
 */
export const scenarios: readonly Scenario[] = [
  ...metaScenarios,
  ...configScenarios,
  ...sessionScenarios,
  ...conversationScenarios,
  ...messageScenarios,
  ...idempotencyScenarios,
  ...paginationScenarios,
  ...attachmentScenarios,
  ...realtimeScenarios,
  ...clientScenarios,
  ...ticketScenarios,
  ...knowledgeBaseScenarios,
  ...errorScenarios,
  ...corsScenarios,
  ...agentScenarios,
];
