import type { Engine } from '../app/Engine';
import { validationFailed } from '../http/validationFailed';
import type { TicketAttachmentRecord } from './TicketRecords';

/**
 * Looks up the files a new ticket or reply references. Each must have been uploaded by this contact
 * (`POST /v1/attachments`); otherwise the answer is 422 `validation_failed` with one error per bad id at
 * `/attachmentIds/<index>`, the same for an unknown id and another contact's file. A repeated id counts once.
 * @internal
 */
export async function resolveTicketAttachments(
  engine: Engine,
  contactId: string,
  ids: readonly string[] = [],
): Promise<{ ok: true; attachments: TicketAttachmentRecord[] } | { ok: false; response: Response }> {
  const found = await Promise.all(ids.map((id) => engine.store.attachments.getAttachment(id)));
  const errors = ids.flatMap((_id, index) => {
    const record = found[index];
    return record === undefined || record.contactId !== contactId
      ? [{ pointer: `/attachmentIds/${index}`, detail: 'No file with this id was uploaded by this contact.' }]
      : [];
  });
  if (errors.length > 0) {
    return {
      ok: false,
      response: validationFailed(
        errors,
        'Some attachments cannot be used; upload them with POST /v1/attachments first.',
      ),
    };
  }
  const attachments = new Map<string, TicketAttachmentRecord>();
  for (const record of found) {
    if (record !== undefined && !attachments.has(record.id)) {
      attachments.set(record.id, {
        id: record.id,
        name: record.name,
        contentType: record.contentType,
        size: record.size,
        createdAt: record.createdAt,
      });
    }
  }
  return { ok: true, attachments: [...attachments.values()] };
}
