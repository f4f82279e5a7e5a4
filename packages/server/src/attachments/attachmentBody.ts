import type { Attachment } from '@parley/contract';
import type { AttachmentRecord } from './AttachmentRecord';

/** The contract's `Attachment` for a stored record. @internal */
export function attachmentBody(record: AttachmentRecord): Attachment {
  return {
    id: record.id,
    name: record.name,
    contentType: record.contentType,
    size: record.size,
    url: `/v1/attachments/${record.id}/content`,
    createdAt: new Date(record.createdAt).toISOString(),
  };
}
