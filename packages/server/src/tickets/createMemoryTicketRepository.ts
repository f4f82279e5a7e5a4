import { newId } from '../security/newId';
import { sha256Hex } from '../security/sha256Hex';
import type { SeedContent } from '../seed/SeedContent';
import { seedTicketRecords } from './seedTicketRecords';
import type { StoredTicket, StoredTicketComment, TicketCommentRecord, TicketRecord } from './TicketRecords';
import type { ListPosition, TicketChange, TicketRepository } from './TicketRepository';

interface TicketEntry {
  ticket: TicketRecord;
  seq: number;
  comments: StoredTicketComment[];
  /** Contact id → when access was granted, in grant order. */
  grants: Map<string, number>;
}

/** Newest first. */
function newerFirst(a: ListPosition, b: ListPosition): number {
  return b.createdAt - a.createdAt || b.seq - a.seq;
}

/** Oldest first. */
function olderFirst(a: ListPosition, b: ListPosition): number {
  return -newerFirst(a, b);
}

/** Tickets, comments and access grants in plain maps; runs in browsers. @internal */
export function createMemoryTicketRepository(): TicketRepository {
  const entries = new Map<string, TicketEntry>();
  const idByReference = new Map<string, string>();
  let seq = 0;
  // Seeding hashes access keys with WebCrypto, which is asynchronous: every other method waits for the
  // seeding in progress, so that a store is usable as soon as it is created.
  let seeding: Promise<void> = Promise.resolve();
  const referenceKey = (widgetKey: string, reference: string) => `${widgetKey}\u0000${reference}`;
  // Copies out, so callers cannot change stored data through what they got back.
  const stored = (entry: TicketEntry): StoredTicket => ({
    ...structuredClone(entry.ticket),
    seq: entry.seq,
    commentCount: entry.comments.length,
  });
  const insertComment = (entry: TicketEntry, comment: TicketCommentRecord) => {
    seq += 1;
    entry.comments.push({ ...structuredClone(comment), seq });
    entry.comments.sort(olderFirst);
  };
  const apply = (entry: TicketEntry, status: TicketRecord['status'], at: number): boolean => {
    if (status === entry.ticket.status) return false;
    entry.ticket.status = status;
    entry.ticket.statusHistory.push({ status, at });
    entry.ticket.updatedAt = Math.max(entry.ticket.updatedAt, at);
    return true;
  };

  const writeSeed = async (content: SeedContent): Promise<void> => {
    const seeds = content.tickets ?? [];
    const hashes = await Promise.all(seeds.map((seed) => sha256Hex(seed.accessKey)));
    // Converting everything first makes an invalid seed ticket throw before anything is written.
    const records = seedTicketRecords(
      seeds,
      (seed) => idByReference.get(referenceKey(seed.widgetKey, seed.reference)) ?? newId('tkt'),
      (_seed, index) => hashes[index] ?? '',
    );
    for (const { ticket, comments } of records) {
      const previous = entries.get(ticket.id);
      if (previous === undefined) seq += 1;
      const entry: TicketEntry = {
        ticket,
        seq: previous?.seq ?? seq,
        comments: [],
        grants: previous?.grants ?? new Map(),
      };
      for (const comment of comments) insertComment(entry, comment);
      entries.set(ticket.id, entry);
      idByReference.set(referenceKey(ticket.widgetKey, ticket.reference), ticket.id);
    }
  };

  return {
    seed(content) {
      const run = seeding.then(() => writeSeed(content));
      seeding = run.catch(() => {});
      return run;
    },
    async reassignContact(fromContactId, toContactId) {
      await seeding;
      for (const entry of entries.values()) {
        if (entry.ticket.contactId === fromContactId) entry.ticket.contactId = toContactId;
        const grantedAt = entry.grants.get(fromContactId);
        if (grantedAt !== undefined) {
          entry.grants.delete(fromContactId);
          if (!entry.grants.has(toContactId) && entry.ticket.contactId !== toContactId) {
            entry.grants.set(toContactId, grantedAt);
          }
        }
        for (const comment of entry.comments) {
          if (comment.author.kind === 'visitor' && comment.author.id === fromContactId) {
            comment.author.id = toContactId;
          }
        }
      }
    },
    async createTicket(ticket, firstComment) {
      await seeding;
      const key = referenceKey(ticket.widgetKey, ticket.reference);
      if (idByReference.has(key)) return undefined;
      seq += 1;
      const entry: TicketEntry = { ticket: structuredClone(ticket), seq, comments: [], grants: new Map() };
      insertComment(entry, firstComment);
      entries.set(ticket.id, entry);
      idByReference.set(key, ticket.id);
      return stored(entry);
    },
    async getTicket(id) {
      await seeding;
      const entry = entries.get(id);
      return entry === undefined ? undefined : stored(entry);
    },
    async findTicketByReference(widgetKey, reference) {
      await seeding;
      const id = idByReference.get(referenceKey(widgetKey, reference));
      const entry = id === undefined ? undefined : entries.get(id);
      return entry === undefined ? undefined : stored(entry);
    },
    async listTickets(filter, { limit, after }) {
      await seeding;
      return [...entries.values()]
        .filter(
          ({ ticket }) =>
            (filter.contactId === undefined || ticket.contactId === filter.contactId) &&
            (filter.widgetKey === undefined || ticket.widgetKey === filter.widgetKey) &&
            (filter.status === undefined || ticket.status === filter.status),
        )
        .map(stored)
        .sort(newerFirst)
        .filter((ticket) => after === undefined || newerFirst(ticket, after) > 0)
        .slice(0, limit);
    },
    async listComments(ticketId, { limit, after }) {
      await seeding;
      const entry = entries.get(ticketId);
      if (entry === undefined) return [];
      return entry.comments
        .filter((comment) => after === undefined || olderFirst(comment, after) > 0)
        .slice(0, limit)
        .map((comment) => structuredClone(comment));
    },
    async addComment(comment, rule): Promise<TicketChange | undefined> {
      await seeding;
      const entry = entries.get(comment.ticketId);
      if (entry === undefined) return undefined;
      const next = rule(entry.ticket.status);
      if (next === 'refuse') return { refused: true, ticket: stored(entry) };
      insertComment(entry, comment);
      entry.ticket.updatedAt = Math.max(entry.ticket.updatedAt, comment.createdAt);
      const statusChanged = apply(entry, next, comment.createdAt);
      return { refused: false, ticket: stored(entry), statusChanged };
    },
    async changeStatus(ticketId, rule, at): Promise<TicketChange | undefined> {
      await seeding;
      const entry = entries.get(ticketId);
      if (entry === undefined) return undefined;
      const next = rule(entry.ticket.status);
      if (next === 'refuse') return { refused: true, ticket: stored(entry) };
      const statusChanged = apply(entry, next, at);
      return { refused: false, ticket: stored(entry), statusChanged };
    },
    async grantAccess(ticketId, contactId, at) {
      await seeding;
      const entry = entries.get(ticketId);
      if (entry !== undefined && !entry.grants.has(contactId)) entry.grants.set(contactId, at);
    },
    async hasAccess(ticketId, contactId) {
      await seeding;
      return entries.get(ticketId)?.grants.has(contactId) ?? false;
    },
    async listAccess(ticketId) {
      await seeding;
      return [...(entries.get(ticketId)?.grants.keys() ?? [])];
    },
  };
}
