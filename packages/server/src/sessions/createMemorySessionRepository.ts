import type { SessionRepository } from './SessionRepository';

/** Contacts and sessions in plain maps. @internal */
export function createMemorySessionRepository(): SessionRepository {
  return {
    async findSessionByTokenHash() {
      return undefined;
    },
    async getContact() {
      return undefined;
    },
  };
}
