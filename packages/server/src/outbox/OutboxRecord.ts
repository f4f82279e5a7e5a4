/**
 * An email the server would have sent, as stored. The reference server keeps the whole email (it stands
 * in for a mail transport, so the demo inbox and tests can read it); the link's token is looked up only
 * by its SHA-256 hash. Times are epoch milliseconds.
 * @internal
 */
export interface OutboxRecord {
  id: string;
  widgetKey: string;
  contactId: string;
  conversationId: string;
  to: string;
  subject: string;
  text: string;
  link: string;
  /** SHA-256 (hex) of the one-time token in `link`. */
  linkTokenHash: string;
  linkExpiresAt: number;
  createdAt: number;
  /** When the link was redeemed; it works once. */
  usedAt: number | null;
}

/** What a redeemed conversation link opens. @internal */
export interface RedeemedLinkRecord {
  contactId: string;
  conversationId: string;
  widgetKey: string;
}
