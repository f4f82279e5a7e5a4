import type { Attributes } from '@parley/contract';

/** A person on the customer side, as stored. @internal */
export interface ContactRecord {
  id: string;
  widgetKey: string;
  /** `user` once identified by a verified hash or JWT. */
  kind: 'visitor' | 'user';
  /** The host app's user id; set only for verified users. */
  userId: string | null;
  name: string | null;
  email: string | null;
  attributes: Attributes;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** A session as stored: tokens are kept only as SHA-256 hashes. @internal */
export interface SessionRecord {
  id: string;
  widgetKey: string;
  contactId: string;
  tokenHash: string;
  /** Epoch milliseconds after which the token is refused. */
  expiresAt: number;
  createdAt: number;
  /** Set by logout; an ended session's token is refused. */
  endedAt: number | null;
}
