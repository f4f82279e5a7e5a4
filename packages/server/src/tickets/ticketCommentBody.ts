import type { TicketComment } from '@parley/contract';
import type { TicketCommentRecord } from './TicketRecords';

const iso = (ms: number) => new Date(ms).toISOString();

/** A ticket comment as the contract shows it. @internal */
export function ticketCommentBody(comment: TicketCommentRecord): TicketComment {
  return {
    id: comment.id,
    ticketId: comment.ticketId,
    author: { ...comment.author },
    text: comment.text,
    attachments: comment.attachments.map((attachment) => ({
      id: attachment.id,
      name: attachment.name,
      contentType: attachment.contentType,
      size: attachment.size,
      // Where the attachments domain serves the file; it decides who may download it.
      url: `/v1/attachments/${encodeURIComponent(attachment.id)}/content`,
      createdAt: iso(attachment.createdAt),
    })),
    createdAt: iso(comment.createdAt),
  };
}
