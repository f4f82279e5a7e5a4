import type { PreparedRun } from './PreparedRun';
import type { Requirement, Scenario } from './Scenario';

function missing(run: PreparedRun, scenario: Scenario, requirement: Requirement): string | undefined {
  switch (requirement) {
    case 'agent':
      // The `client` scenarios reach the team through `ctx.team`, which the run's `team` may play instead.
      if (scenario.area === 'client' && run.team !== undefined) return undefined;
      return run.agentToken === undefined ? 'needs --agent-token' : undefined;
    case 'identitySecret':
      return run.target.identitySecret === undefined ? 'needs --identity-secret' : undefined;
    case 'origins':
      return run.target.allowedOrigin === undefined || run.target.disallowedOrigin === undefined
        ? 'needs --allowed-origin and --disallowed-origin'
        : undefined;
    default:
      // Without a readable config every scenario runs: the config scenarios report why.
      return run.config?.capabilities[requirement] === false ? `capability ${requirement} is off` : undefined;
  }
}

/**
 * Why a scenario cannot run in this run (a capability off, an option not given, or the run's `skip`
 * naming it), or `undefined`.
 */
export function skipReason(run: PreparedRun, scenario: Scenario): string | undefined {
  const requirements: readonly Requirement[] =
    scenario.requires === undefined
      ? []
      : typeof scenario.requires === 'string'
        ? [scenario.requires]
        : scenario.requires;
  for (const requirement of requirements) {
    const reason = missing(run, scenario, requirement);
    if (reason !== undefined) return reason;
  }
  return Object.hasOwn(run.skip, scenario.id) ? run.skip[scenario.id] : undefined;
}
