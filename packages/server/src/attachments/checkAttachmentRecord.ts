import type { AttachmentRecord } from './AttachmentRecord';

/** The shape of an attachment id; anything else is never looked up, and never becomes a file path. @internal */
export const ATTACHMENT_ID_PATTERN = /^att_[A-Za-z0-9_-]{1,64}$/;

/**
 * Refuses a record that a repository must not store: an id that is not a safe `att_` id, or a size that is
 * not the number of bytes.
 * @throws Error describing the problem.
 * @internal
 */
export function checkAttachmentRecord(record: AttachmentRecord, bytes: Uint8Array): void {
  if (!ATTACHMENT_ID_PATTERN.test(record.id)) throw new Error(`Invalid attachment id ${record.id}.`);
  if (record.size !== bytes.byteLength) {
    throw new Error(`Attachment ${record.id} says ${record.size} bytes but has ${bytes.byteLength}.`);
  }
}
