/**
 * What the team does in the `client` scenarios, kept apart so that a run against an adapter can play the
 * team through its own helpdesk instead of the contract's agent API (the `team` option of the run).
 * Scenarios that use it declare `requires: 'agent'`.
 * @example
 * ```ts
 * const team: TeamSide = { reply: (conversationId, text) => myHelpdesk.replyAsAgent(conversationId, text) };
 * ```
 */
export interface TeamSide {
  /**
   * A person of the team replies in a conversation (its id as the clients know it); resolves once the
   * backend has the reply.
   */
  reply(conversationId: string, text: string): Promise<void>;
}
