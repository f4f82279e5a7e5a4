import { newId } from '../security/newId';
import type { SeedTicket } from '../seed/SeedContent';
import { normaliseEmail } from './normaliseEmail';
import { REFERENCE_PATTERN } from './normaliseReference';
import type { TicketCommentRecord, TicketRecord } from './TicketRecords';

const STATUSES = new Set(['received', 'open', 'waiting_on_customer', 'solved', 'closed']);

function fail(seed: SeedTicket, problem: string): never {
  throw new TypeError(`[parley] Seed ticket ${seed.reference} of ${seed.widgetKey}: ${problem}.`);
}

function instant(seed: SeedTicket, text: string, what: string): number {
  const at = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(at)) fail(seed, `${what} "${text}" is not ISO 8601`);
  return at;
}

function seedTicketRecord(seed: SeedTicket, id: string, accessKeyHash: string): SeedTicketRecords {
  if (!REFERENCE_PATTERN.test(seed.reference)) fail(seed, 'the reference must look like PRL-4821');
  if (!/^[A-Za-z0-9_-]{20,}$/.test(seed.accessKey)) {
    fail(seed, 'the access key must be at least 20 URL-safe characters');
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(seed.email.trim())) fail(seed, 'the email is not an address');
  if (seed.subject.trim() === '') fail(seed, 'the subject is empty');
  if (!STATUSES.has(seed.status)) fail(seed, `unknown status ${seed.status}`);
  if (seed.comments.length === 0) fail(seed, 'a ticket needs at least its first message');
  const last = seed.statusHistory[seed.statusHistory.length - 1];
  if (last === undefined || last.status !== seed.status) {
    fail(seed, 'the last status history entry must be the ticket status');
  }
  const createdAt = instant(seed, seed.createdAt, 'createdAt');
  const statusHistory = seed.statusHistory.map((change) => {
    if (!STATUSES.has(change.status)) fail(seed, `unknown status ${change.status}`);
    return { status: change.status, at: instant(seed, change.at, 'statusHistory.at') };
  });
  const comments = seed.comments.map(
    (comment): TicketCommentRecord => ({
      id: newId('tcm'),
      ticketId: id,
      author: {
        kind: comment.author === 'customer' ? 'visitor' : 'agent',
        id: null,
        name: comment.authorName,
        avatarUrl: null,
      },
      text: comment.text,
      attachments: [],
      createdAt: instant(seed, comment.createdAt, 'comment createdAt'),
    }),
  );
  const updatedAt = Math.max(
    createdAt,
    ...statusHistory.map((change) => change.at),
    ...comments.map((comment) => comment.createdAt),
  );
  const email = seed.email.trim();
  return {
    ticket: {
      id,
      widgetKey: seed.widgetKey,
      contactId: null,
      reference: seed.reference,
      accessKeyHash,
      email,
      emailNormalized: normaliseEmail(email),
      name: seed.name.trim() === '' ? null : seed.name,
      subject: seed.subject,
      status: seed.status,
      statusHistory,
      locale: seed.locale,
      fields: {},
      context: { locale: seed.locale },
      createdAt,
      updatedAt,
    },
    comments,
  };
}

/** The records of one seed ticket. @internal */
export interface SeedTicketRecords {
  ticket: TicketRecord;
  comments: TicketCommentRecord[];
}

/**
 * Checks seed tickets and turns them into the records a repository stores, owned by no contact (visitors
 * reach seeded tickets by lookup). Everything is checked before the caller writes anything.
 *
 * @param idOf - The id of a seed ticket's record (a repository keeps the id of a ticket it replaces).
 * @param accessKeyHashOf - SHA-256 (hex) of the seed ticket's access key, computed by the caller
 *   (synchronously in SQLite, whose seeding runs in one transaction).
 * @throws TypeError when a seed ticket is invalid, or two have the same widget and reference.
 * @internal
 */
export function seedTicketRecords(
  seeds: readonly SeedTicket[],
  idOf: (seed: SeedTicket) => string,
  accessKeyHashOf: (seed: SeedTicket, index: number) => string,
): SeedTicketRecords[] {
  const seen = new Set<string>();
  return seeds.map((seed, index) => {
    const key = `${seed.widgetKey}\u0000${seed.reference}`;
    if (seen.has(key)) fail(seed, 'another seed ticket has the same reference');
    seen.add(key);
    return seedTicketRecord(seed, idOf(seed), accessKeyHashOf(seed, index));
  });
}
