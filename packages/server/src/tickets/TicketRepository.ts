import type { TicketStatus } from '@parley/contract';
import type { SeedContent } from '../seed/SeedContent';
import type { StoredTicket, StoredTicketComment, TicketCommentRecord, TicketRecord } from './TicketRecords';

/** Where a page of a list starts: just after this item, in the list's own order. @internal */
export interface ListPosition {
  createdAt: number;
  seq: number;
}

/** One page of a list. @internal */
export interface ListQuery {
  /** Items to return at most. */
  limit: number;
  /** Start after this item; from the beginning when omitted. */
  after?: ListPosition;
}

/** Which tickets a list holds; every given condition must hold. @internal */
export interface TicketFilter {
  contactId?: string;
  widgetKey?: string;
  status?: TicketStatus;
}

/**
 * Decides a ticket's next status from its current one, inside the repository's write (so that two
 * requests cannot both act on a status that no longer holds). `'refuse'` leaves the ticket untouched.
 * @internal
 */
export type TicketStatusRule = (current: TicketStatus) => TicketStatus | 'refuse';

/** What a write that is subject to a {@link TicketStatusRule} did. @internal */
export type TicketChange =
  | { refused: false; ticket: StoredTicket; statusChanged: boolean }
  | { refused: true; ticket: StoredTicket };

/**
 * Tickets, their comments and access grants. Implementations: {@link createMemoryTicketRepository} and
 * {@link createSqliteTicketRepository}; both pass the same tests.
 * @internal
 */
export interface TicketRepository {
  /**
   * Writes `content.tickets` with their comments and history, owned by no contact (a visitor reaches them
   * by lookup). A ticket whose widget and reference already exist is replaced, keeping its id and grants.
   * @throws TypeError when a seed ticket is invalid; nothing is written then.
   */
  seed(content: SeedContent): Promise<void>;
  /**
   * Moves everything of one contact to another (a visitor who identified as a known user): the tickets
   * they own, their access grants and the author ids of their comments.
   */
  reassignContact(fromContactId: string, toContactId: string): Promise<void>;
  /**
   * Stores a new ticket with its first comment.
   * @returns the stored ticket, or `undefined` when its reference is already taken in the widget.
   */
  createTicket(ticket: TicketRecord, firstComment: TicketCommentRecord): Promise<StoredTicket | undefined>;
  getTicket(id: string): Promise<StoredTicket | undefined>;
  /** The ticket of a widget with this (already normalised) reference. */
  findTicketByReference(widgetKey: string, reference: string): Promise<StoredTicket | undefined>;
  /** Tickets matching the filter, newest first (creation time, then insertion order). */
  listTickets(filter: TicketFilter, page: ListQuery): Promise<StoredTicket[]>;
  /** A ticket's comments, oldest first. */
  listComments(ticketId: string, page: ListQuery): Promise<StoredTicketComment[]>;
  /**
   * Adds a comment unless `rule` refuses, moving the ticket to the status `rule` gives (with a history
   * entry when it differs) and its `updatedAt` to the comment's time.
   * @returns `undefined` when there is no such ticket.
   */
  addComment(comment: TicketCommentRecord, rule: TicketStatusRule): Promise<TicketChange | undefined>;
  /**
   * Moves the ticket to the status `rule` gives, at `at`. The same status writes nothing.
   * @returns `undefined` when there is no such ticket.
   */
  changeStatus(ticketId: string, rule: TicketStatusRule, at: number): Promise<TicketChange | undefined>;
  /** Lets a contact read and answer a ticket it does not own (after a successful lookup). Idempotent. */
  grantAccess(ticketId: string, contactId: string, at: number): Promise<void>;
  /** Whether the contact was granted access (owning the ticket is not a grant). */
  hasAccess(ticketId: string, contactId: string): Promise<boolean>;
  /** The contacts granted access to a ticket, oldest grant first. */
  listAccess(ticketId: string): Promise<string[]>;
}
