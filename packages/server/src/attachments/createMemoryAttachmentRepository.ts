import type { AttachmentRecord } from './AttachmentRecord';
import type { AttachmentRepository } from './AttachmentRepository';
import { checkAttachmentRecord } from './checkAttachmentRecord';

/** Uploaded files in plain maps, bytes included; runs in browsers. @internal */
export function createMemoryAttachmentRepository(): AttachmentRepository {
  const records = new Map<string, AttachmentRecord>();
  const contents = new Map<string, Uint8Array>();
  return {
    async saveAttachment(record, bytes) {
      checkAttachmentRecord(record, bytes);
      if (records.has(record.id)) throw new Error(`Attachment ${record.id} already exists.`);
      // Copies, so neither the caller nor a reader can change what is stored.
      contents.set(record.id, bytes.slice());
      records.set(record.id, { ...record });
    },
    async getAttachment(id) {
      const record = records.get(id);
      return record === undefined ? undefined : { ...record };
    },
    async readContent(id) {
      return contents.get(id)?.slice();
    },
    async reassignContact(fromContactId, toContactId) {
      for (const record of records.values()) {
        if (record.contactId === fromContactId) record.contactId = toContactId;
      }
    },
    async seed() {},
  };
}
