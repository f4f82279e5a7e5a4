/**
 * What the team does in the `client` scenarios, kept apart so that a run against an adapter can play the
 * team through its own helpdesk instead of the contract's agent API. Scenarios that use it declare
 * `requires: 'agent'`.
 */
export interface TeamSide {
  /** A person of the team replies in a conversation; resolves once the backend has the reply. */
  reply(conversationId: string, text: string): Promise<void>;
}
