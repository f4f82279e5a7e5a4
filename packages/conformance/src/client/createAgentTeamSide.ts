import { Message } from '@parley/contract';
import type { ScenarioContext } from '../runner/ScenarioContext';
import type { TeamSide } from './TeamSide';

/**
 * The team's side over the contract's agent API (`POST /v1/agent/...`, with the run's agent token): the
 * one place where a `client` scenario sends HTTP of its own.
 * @internal
 */
export function createAgentTeamSide(ctx: ScenarioContext): TeamSide {
  return {
    async reply(conversationId, text) {
      const result = await ctx.agent.request(
        'POST',
        `/v1/agent/conversations/${encodeURIComponent(conversationId)}/messages`,
        { body: { text, author: { name: 'Conformance Agent' } } },
      );
      ctx.expectJson(result, 201, Message);
    },
  };
}
