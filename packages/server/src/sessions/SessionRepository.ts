import type { ContactRecord, SessionRecord } from './SessionRecords';

/** A long-lived secret that starts new sessions for a contact, stored as its hash. @internal */
export interface ResumeTokenRecord {
  tokenHash: string;
  widgetKey: string;
  contactId: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** What may change about a contact. @internal */
export type ContactChanges = Partial<
  Pick<ContactRecord, 'kind' | 'userId' | 'name' | 'email' | 'attributes'>
>;

/**
 * Storage of contacts, sessions and resume tokens. Implementations: {@link createMemorySessionRepository}
 * and {@link createSqliteSessionRepository}; both pass the same tests.
 * @internal
 */
export interface SessionRepository {
  createContact(contact: ContactRecord): Promise<void>;
  getContact(id: string): Promise<ContactRecord | undefined>;
  /** The verified user contact of a widget with this user id. */
  findUserContact(widgetKey: string, userId: string): Promise<ContactRecord | undefined>;
  /** Applies the changes and returns the updated contact; `undefined` when there is no such contact. */
  updateContact(id: string, changes: ContactChanges): Promise<ContactRecord | undefined>;
  createSession(session: SessionRecord): Promise<void>;
  /** The session whose token hashes to `tokenHash`, ended or expired ones included. */
  findSessionByTokenHash(tokenHash: string): Promise<SessionRecord | undefined>;
  /** Moves a session to another contact (verified identify). */
  setSessionContact(sessionId: string, contactId: string): Promise<void>;
  /** Ends a session (logout): its token stops working. */
  endSession(sessionId: string, at: number): Promise<void>;
  saveResumeToken(record: ResumeTokenRecord): Promise<void>;
  findResumeToken(tokenHash: string): Promise<ResumeTokenRecord | undefined>;
  /** Forgets every resume token of a contact (logout). */
  deleteResumeTokens(contactId: string): Promise<void>;
}
