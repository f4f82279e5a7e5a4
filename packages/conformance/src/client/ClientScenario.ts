import type { Requirement } from '../runner/Scenario';
import type { ClientCall } from './ClientCall';
import type { ClientScenarioContext } from './ClientScenarioContext';

/**
 * A check of the contract made through `@parley/core` calls (area `client`), turned into a
 * {@link Scenario} by {@link defineClientScenario}.
 */
export interface ClientScenario {
  /** Stable id, `client.<name>`. */
  id: `client.${string}`;
  /** What the scenario proves, as a sentence. */
  title: string;
  /** What must be available; capabilities are read as the clients see them. */
  requires?: Requirement | readonly Requirement[];
  /** The client calls and stores it exercises (a test checks that together they cover the client). */
  uses: readonly ClientCall[];
  /** @default the run's `timeoutMs` */
  timeoutMs?: number;
  run(ctx: ClientScenarioContext): Promise<void>;
}
