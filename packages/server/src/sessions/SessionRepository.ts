import type { ContactRecord, SessionRecord } from './SessionRecords';

/**
 * Storage of contacts and sessions. Implementations: {@link createMemorySessionRepository} and
 * {@link createSqliteSessionRepository}.
 * @internal
 */
export interface SessionRepository {
  /** The session whose token hashes to `tokenHash`, ended or expired ones included. */
  findSessionByTokenHash(tokenHash: string): Promise<SessionRecord | undefined>;
  getContact(id: string): Promise<ContactRecord | undefined>;
}
