import type { ConversationRepository } from './ConversationRepository';

/** This domain's storage in plain objects; runs in browsers. @internal */
export function createMemoryConversationRepository(): ConversationRepository {
  return {
    async seed() {},
    async reassignContact() {},
  };
}
