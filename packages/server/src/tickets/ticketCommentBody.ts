import type { TicketComment } from '@parley/contract';
import type { Engine } from '../app/Engine';
import { attachmentBody } from '../attachments/attachmentBody';
import type { TicketCommentRecord } from './TicketRecords';

const iso = (ms: number) => new Date(ms).toISOString();

/** A ticket comment as the contract shows it, with fresh download links for its files. @internal */
export async function ticketCommentBody(
  engine: Engine,
  comment: TicketCommentRecord,
): Promise<TicketComment> {
  return {
    id: comment.id,
    ticketId: comment.ticketId,
    author: { ...comment.author },
    text: comment.text,
    attachments: await Promise.all(
      comment.attachments.map((attachment) => attachmentBody(engine, attachment)),
    ),
    createdAt: iso(comment.createdAt),
  };
}
