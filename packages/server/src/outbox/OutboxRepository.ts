import type { SeedContent } from '../seed/SeedContent';
import type { OutboxRecord, RedeemedLinkRecord } from './OutboxRecord';

/**
 * Storage of outbox emails and their one-time conversation links. Implementations:
 * {@link createMemoryOutboxRepository} and {@link createSqliteOutboxRepository}; both pass the same tests.
 * @internal
 */
export interface OutboxRepository {
  /** Writes the domain's part of seed content (nothing: the outbox starts empty). */
  seed(content: SeedContent): Promise<void>;
  addEmail(email: OutboxRecord): Promise<void>;
  /**
   * Emails, newest first.
   * @param after - Continue after this position (from a previous page's `next`).
   */
  listEmails(query: {
    after?: number;
    limit: number;
  }): Promise<{ emails: OutboxRecord[]; next: number | null }>;
  /**
   * Redeems the conversation link whose token hashes to `tokenHash`, once: the first call before it
   * expires marks the email used and returns what the link opens; later calls return `'used'`, calls after
   * `linkExpiresAt` return `'expired'`, and an unknown hash `undefined`.
   * @param now - Epoch milliseconds.
   */
  redeemLink(tokenHash: string, now: number): Promise<RedeemedLinkRecord | 'used' | 'expired' | undefined>;
  /** Moves the emails of one contact to another, so their links open the merged contact. */
  reassignContact(fromContactId: string, toContactId: string): Promise<void>;
}
