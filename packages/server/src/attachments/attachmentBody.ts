import type { Attachment } from '@parley/contract';
import type { Engine } from '../app/Engine';
import type { AttachmentRecord } from './AttachmentRecord';

/** What {@link attachmentBody} needs of a stored file: messages hold records, ticket comments copies. */
type AttachmentFields = Pick<AttachmentRecord, 'id' | 'name' | 'contentType' | 'size' | 'createdAt'>;

/**
 * The contract's `Attachment` for a stored file, with a freshly signed download link as `url` (so every
 * answer that shows a file gives a link that works for the next 15 minutes at least). @internal
 */
export async function attachmentBody(engine: Engine, record: AttachmentFields): Promise<Attachment> {
  return {
    id: record.id,
    name: record.name,
    contentType: record.contentType,
    size: record.size,
    url: await engine.attachmentLinks.url(record.id),
    createdAt: new Date(record.createdAt).toISOString(),
  };
}
