import type { ContactRecord, SessionRecord } from './SessionRecords';
import type { ResumeTokenRecord, SessionRepository } from './SessionRepository';

/** Contacts, sessions and resume tokens in plain maps; runs in browsers. @internal */
export function createMemorySessionRepository(): SessionRepository {
  const contacts = new Map<string, ContactRecord>();
  const sessions = new Map<string, SessionRecord>();
  const sessionIdByTokenHash = new Map<string, string>();
  const resumeTokens = new Map<string, ResumeTokenRecord>();
  return {
    async createContact(contact) {
      // The same rule as SQLite's unique index: one user contact per user id and widget.
      for (const other of contacts.values()) {
        if (
          contact.kind === 'user' &&
          other.kind === 'user' &&
          other.widgetKey === contact.widgetKey &&
          other.userId === contact.userId
        ) {
          throw new Error(`A user contact for "${contact.userId}" already exists.`);
        }
      }
      if (contacts.has(contact.id)) throw new Error(`The contact ${contact.id} already exists.`);
      contacts.set(contact.id, structuredClone(contact));
    },
    async getContact(id) {
      const contact = contacts.get(id);
      return contact === undefined ? undefined : structuredClone(contact);
    },
    async findUserContact(widgetKey, userId) {
      for (const contact of contacts.values()) {
        if (contact.widgetKey === widgetKey && contact.kind === 'user' && contact.userId === userId) {
          return structuredClone(contact);
        }
      }
      return undefined;
    },
    async updateContact(id, changes) {
      const contact = contacts.get(id);
      if (contact === undefined) return undefined;
      const updated = { ...contact, ...structuredClone(changes) };
      contacts.set(id, updated);
      return structuredClone(updated);
    },
    async createSession(session) {
      sessions.set(session.id, { ...session });
      sessionIdByTokenHash.set(session.tokenHash, session.id);
    },
    async findSessionByTokenHash(tokenHash) {
      const id = sessionIdByTokenHash.get(tokenHash);
      const session = id === undefined ? undefined : sessions.get(id);
      return session === undefined ? undefined : { ...session };
    },
    async setSessionContact(sessionId, contactId) {
      const session = sessions.get(sessionId);
      if (session !== undefined) session.contactId = contactId;
    },
    async endSession(sessionId, at) {
      const session = sessions.get(sessionId);
      if (session !== undefined && session.endedAt === null) session.endedAt = at;
    },
    async saveResumeToken(record) {
      resumeTokens.set(record.tokenHash, { ...record });
    },
    async findResumeToken(tokenHash) {
      const record = resumeTokens.get(tokenHash);
      return record === undefined ? undefined : { ...record };
    },
    async deleteResumeTokens(contactId) {
      for (const [hash, record] of resumeTokens)
        if (record.contactId === contactId) resumeTokens.delete(hash);
    },
  };
}
