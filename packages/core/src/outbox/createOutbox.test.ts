import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import { createOutbox } from './createOutbox';
import type { OutboxEntry } from './OutboxEntry';

const entry = (id: string, createdAt = '2026-01-01T00:00:00.000Z'): OutboxEntry => ({
  id,
  conversationId: 'cnv_1',
  text: id,
  files: [],
  attachmentIds: [],
  createdAt,
});
const ids = (entries: readonly OutboxEntry[]) => entries.map((item) => item.id);

describe('createOutbox', () => {
  it('keeps entries in storage under their person, oldest first, and loads them after a reload', async () => {
    const storage = createMemoryStorage();
    const outbox = createOutbox(storage);
    await outbox.use('ctc_1');
    await outbox.put(entry('b', '2026-01-01T00:00:02.000Z'), true);
    await outbox.put(entry('a', '2026-01-01T00:00:01.000Z'), true);
    expect(ids(outbox.entries.getSnapshot())).toEqual(['a', 'b']);
    expect((await storage.keys('')).sort()).toEqual(['outbox:ctc_1:a', 'outbox:ctc_1:b']);
    await outbox.remove('b');

    const reloaded = createOutbox(storage);
    await reloaded.use('ctc_1');
    expect(ids(reloaded.entries.getSnapshot())).toEqual(['a']);
  });

  it('updates only entries still in the outbox', async () => {
    const outbox = createOutbox(createMemoryStorage());
    await outbox.put(entry('a'));
    expect(outbox.find('a')).toBeUndefined();
    await outbox.put(entry('a'), true);
    await outbox.put({ ...entry('a'), failure: { code: 'server', message: 'Down.', transient: true } });
    expect(outbox.find('a')?.failure?.code).toBe('server');
  });

  it('gives the first person the entries made before any session, and moves them on identify', async () => {
    const storage = createMemoryStorage();
    const outbox = createOutbox(storage);
    await outbox.put(entry('early'), true);
    expect(await storage.keys('')).toEqual(['outbox:anonymous:early']);
    await outbox.use('ctc_visitor');
    expect(await storage.keys('')).toEqual(['outbox:ctc_visitor:early']);
    await outbox.use('ctc_user');
    expect(await storage.keys('')).toEqual(['outbox:ctc_user:early']);
    expect(ids(outbox.entries.getSnapshot())).toEqual(['early']);
  });

  it('never brings back an entry removed while it was being moved', async () => {
    const storage = createMemoryStorage();
    const outbox = createOutbox(storage);
    await outbox.put(entry('sent'), true);
    // The first session starts while the message is delivered: both changes are asked for at once.
    const moved = outbox.use('ctc_1');
    const removed = outbox.remove('sent');
    await Promise.all([moved, removed]);
    expect(outbox.entries.getSnapshot()).toEqual([]);
    expect(await storage.keys('')).toEqual([]);
  });

  it('forgets a person: their stored entries, what memory holds, and the changes asked for before', async () => {
    const storage = createMemoryStorage();
    const outbox = createOutbox(storage);
    await outbox.use('ctc_1');
    await outbox.put(entry('a'), true);
    const late = outbox.put({
      ...entry('a'),
      failure: { code: 'forbidden', message: 'No.', transient: false },
    });
    await outbox.forget();
    await late;
    expect(outbox.entries.getSnapshot()).toEqual([]);
    expect(await storage.keys('')).toEqual([]);
    // The next person starts with nothing.
    await outbox.put(entry('b'), true);
    expect(await storage.keys('')).toEqual(['outbox:anonymous:b']);
  });
});
