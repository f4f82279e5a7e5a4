import type { SeedContent } from '../seed/SeedContent';
import type { AttachmentRecord } from './AttachmentRecord';

/**
 * Uploaded files: metadata and bytes. Implementations: {@link createMemoryAttachmentRepository} and
 * {@link createSqliteAttachmentRepository}.
 * @internal
 */
export interface AttachmentRepository {
  /**
   * Stores a new file. The bytes are written completely before the metadata, so a file whose record exists
   * can always be read whole.
   * @throws Error when `record.size` is not the number of bytes, or the id is already taken.
   */
  saveAttachment(record: AttachmentRecord, bytes: Uint8Array): Promise<void>;
  /** The metadata of a file, whoever owns it (callers check `contactId`). */
  getAttachment(id: string): Promise<AttachmentRecord | undefined>;
  /** The bytes of a file, or `undefined` when there is no such file. */
  readContent(id: string): Promise<Uint8Array | undefined>;
  /** Gives every file of one contact to another, when an anonymous visitor is merged into a known user. */
  reassignContact(fromContactId: string, toContactId: string): Promise<void>;
  /** Writes the domain's part of seed content (none: the demo has no attachments). */
  seed(content: SeedContent): Promise<void>;
}
