import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine, storeKinds, type TestEngine } from '../testing/createTestEngine';
import type { AttachmentRecord } from './AttachmentRecord';
import { sampleFiles } from './attachmentFixtures';

describe.each(storeKinds)('AttachmentRepository on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function recordFor(id: string, bytes: Uint8Array): Promise<AttachmentRecord> {
    const session = await engine.startSession();
    return {
      id,
      widgetKey: 'wk_demo',
      contactId: session.contact.id,
      name: 'photo.png',
      contentType: 'image/png',
      size: bytes.byteLength,
      createdAt: engine.clock.now(),
    };
  }

  it('saves a file and reads back its metadata and bytes, as copies', async () => {
    engine = await createTestEngine(kind);
    const repository = engine.store.attachments;
    const bytes = sampleFiles.png.slice();
    const record = await recordFor('att_repoTest01', bytes);
    await repository.saveAttachment(record, bytes);
    bytes.fill(0);
    expect(await repository.getAttachment(record.id)).toEqual(record);
    const content = await repository.readContent(record.id);
    expect(content).toEqual(sampleFiles.png);
    content?.fill(0);
    expect(await repository.readContent(record.id)).toEqual(sampleFiles.png);
  });

  it('answers undefined for an unknown id', async () => {
    engine = await createTestEngine(kind);
    expect(await engine.store.attachments.getAttachment('att_nope')).toBeUndefined();
    expect(await engine.store.attachments.readContent('att_nope')).toBeUndefined();
    expect(await engine.store.attachments.readContent('../../etc/passwd')).toBeUndefined();
  });

  it('refuses a size that is not the byte count, an unsafe id, and a duplicate id', async () => {
    engine = await createTestEngine(kind);
    const repository = engine.store.attachments;
    const record = await recordFor('att_repoTest02', sampleFiles.png);
    await expect(repository.saveAttachment({ ...record, size: 1 }, sampleFiles.png)).rejects.toThrow();
    await expect(repository.saveAttachment({ ...record, id: '../x' }, sampleFiles.png)).rejects.toThrow();
    await repository.saveAttachment(record, sampleFiles.png);
    await expect(repository.saveAttachment(record, sampleFiles.pdf.slice(0, record.size))).rejects.toThrow();
    expect(await repository.readContent(record.id)).toEqual(sampleFiles.png);
  });

  it('moves every file of one contact to another', async () => {
    engine = await createTestEngine(kind);
    const repository = engine.store.attachments;
    const first = await recordFor('att_repoTest03', sampleFiles.png);
    const second = { ...first, id: 'att_repoTest04' };
    const other = await recordFor('att_repoTest05', sampleFiles.png);
    const target = await engine.startSession();
    for (const record of [first, second, other]) await repository.saveAttachment(record, sampleFiles.png);
    await repository.reassignContact(first.contactId, target.contact.id);
    expect((await repository.getAttachment(first.id))?.contactId).toBe(target.contact.id);
    expect((await repository.getAttachment(second.id))?.contactId).toBe(target.contact.id);
    expect((await repository.getAttachment(other.id))?.contactId).toBe(other.contactId);
  });
});
