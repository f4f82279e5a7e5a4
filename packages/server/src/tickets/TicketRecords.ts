import type { ConversationContext, Participant, TicketStatus } from '@parley/contract';

/** One entry of a ticket's status history. @internal */
export interface TicketStatusChange {
  status: TicketStatus;
  /** Epoch milliseconds. */
  at: number;
}

/** A ticket as stored. Secrets are kept only as hashes. @internal */
export interface TicketRecord {
  /** `tkt_…` */
  id: string;
  widgetKey: string;
  /**
   * The contact who created it (tickets are created within a session), or `null` for tickets that exist
   * without one (seed content, imports). Others reach a ticket through an access grant (lookup).
   */
  contactId: string | null;
  /** `PRL-4821`, unique within the widget. */
  reference: string;
  /** SHA-256 (hex) of the access key. */
  accessKeyHash: string;
  /** The requester's email as they typed it (trimmed). */
  email: string;
  /** Lowercased `email`, what lookups compare against. */
  emailNormalized: string;
  name: string | null;
  subject: string;
  status: TicketStatus;
  /** Oldest first; the last entry's status is `status`. */
  statusHistory: TicketStatusChange[];
  /** The language the requester wrote in. */
  locale: string;
  /** Answers to the widget's extra offline-form fields. */
  fields: Record<string, string>;
  /** What the requester was doing when they wrote. */
  context: ConversationContext;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds of the last comment or status change. */
  updatedAt: number;
}

/** An attachment as a comment keeps it: a copy of its metadata when the comment was written. @internal */
export interface TicketAttachmentRecord {
  id: string;
  name: string;
  contentType: string;
  size: number;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** A comment in a ticket's thread, as stored. @internal */
export interface TicketCommentRecord {
  /** `tcm_…` */
  id: string;
  ticketId: string;
  author: Participant;
  text: string;
  attachments: TicketAttachmentRecord[];
  /** Epoch milliseconds. */
  createdAt: number;
}

/** A ticket as a repository returns it: with its position in lists and its number of comments. @internal */
export interface StoredTicket extends TicketRecord {
  /** Insertion order, the tie-breaker of lists (and of their cursors). */
  seq: number;
  commentCount: number;
}

/** A comment as a repository returns it. @internal */
export interface StoredTicketComment extends TicketCommentRecord {
  seq: number;
}
