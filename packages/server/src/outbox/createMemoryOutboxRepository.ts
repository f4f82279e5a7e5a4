import type { OutboxRecord } from './OutboxRecord';
import type { OutboxRepository } from './OutboxRepository';

/** Outbox emails in plain objects; runs in browsers. Returns copies, never stored objects. @internal */
export function createMemoryOutboxRepository(): OutboxRepository {
  /** Oldest first; an email's position is its index + 1. */
  const emails: OutboxRecord[] = [];

  return {
    async seed() {},

    async addEmail(email) {
      emails.push(structuredClone(email));
    },

    async listEmails({ after, limit }) {
      const end = after === undefined ? emails.length : Math.min(after - 1, emails.length);
      const start = Math.max(0, end - limit);
      return {
        emails: emails
          .slice(start, end)
          .reverse()
          .map((email) => structuredClone(email)),
        next: start > 0 ? start + 1 : null,
      };
    },

    async redeemLink(tokenHash, now) {
      const email = emails.find((candidate) => candidate.linkTokenHash === tokenHash);
      if (email === undefined) return undefined;
      if (email.usedAt !== null) return 'used';
      if (email.linkExpiresAt <= now) return 'expired';
      email.usedAt = now;
      return { contactId: email.contactId, conversationId: email.conversationId, widgetKey: email.widgetKey };
    },

    async reassignContact(fromContactId, toContactId) {
      for (const email of emails) if (email.contactId === fromContactId) email.contactId = toContactId;
    },
  };
}
