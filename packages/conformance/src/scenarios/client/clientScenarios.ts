import type { ClientScenario } from '../../client/ClientScenario';
import { defineClientScenario } from '../../client/defineClientScenario';
import type { Scenario } from '../../runner/Scenario';
import { clientArticleScenarios } from './clientArticleScenarios';
import { clientConversationScenarios } from './clientConversationScenarios';
import { clientSessionScenarios } from './clientSessionScenarios';
import { clientTicketScenarios } from './clientTicketScenarios';

/** Every client scenario as written, with the client calls each uses. @internal */
export const clientScenarioDefinitions: readonly ClientScenario[] = [
  ...clientSessionScenarios,
  ...clientConversationScenarios,
  ...clientTicketScenarios,
  ...clientArticleScenarios,
];

/**
 * The `client` area: the contract through `@parley/core` calls rather than raw HTTP, against the run's
 * `backend` (the contract over HTTP by default, or an adapter). Part of `scenarios`, in order.
 */
export const clientScenarios: readonly Scenario[] = clientScenarioDefinitions.map(defineClientScenario);
