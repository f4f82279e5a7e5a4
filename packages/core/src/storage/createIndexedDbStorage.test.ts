import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIndexedDbStorage } from './createIndexedDbStorage';
import { readIndexedDb } from './testing/readIndexedDb';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createIndexedDbStorage over IndexedDB', () => {
  it('keeps what was written across a reload (a new storage over the same database)', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const first = createIndexedDbStorage('wk_demo');
    await first.set('session', { token: 't1' });
    await first.set('outbox:anonymous:m1', { text: 'hello' });
    await first.set('outbox:anonymous:m2', { text: 'again' });
    await first.delete('outbox:anonymous:m2');

    const afterReload = createIndexedDbStorage('wk_demo');
    expect(await afterReload.get('session')).toEqual({ token: 't1' });
    expect(await afterReload.keys('outbox:')).toEqual(['outbox:anonymous:m1']);
    expect(await readIndexedDb(factory, 'parley-wk_demo')).toEqual({
      session: { token: 't1' },
      'outbox:anonymous:m1': { text: 'hello' },
    });
  });

  it('keeps widgets apart: one database per widget key', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    await createIndexedDbStorage('wk_one').set('session', 'one');
    expect(await createIndexedDbStorage('wk_two').get('session')).toBeUndefined();
    expect(await createIndexedDbStorage('wk_one').get('session')).toBe('one');
  });

  it('creates no database for reads and deletes before the first write (a page that only shows the widget)', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const storage = createIndexedDbStorage('wk_demo');
    expect(await storage.get('session')).toBeUndefined();
    expect(await storage.keys('outbox:')).toEqual([]);
    await storage.delete('session');
    expect(await factory.databases()).toEqual([]);

    // The first write creates it, and reads then go to it.
    await storage.set('session', { token: 't1' });
    expect(await factory.databases()).toEqual([{ name: 'parley-wk_demo', version: 1 }]);
    expect(await storage.get('session')).toEqual({ token: 't1' });
    expect(await readIndexedDb(factory, 'parley-wk_demo')).toEqual({ session: { token: 't1' } });
  });

  it('finds a database another tab created after a read found none', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const here = createIndexedDbStorage('wk_demo');
    expect(await here.get('session')).toBeUndefined();
    await createIndexedDbStorage('wk_demo').set('session', { token: 'other tab' });
    expect(await here.get('session')).toEqual({ token: 'other tab' });
    expect(await here.keys('')).toEqual(['session']);
  });

  it('keeps a read that races the first write consistent, with one database', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const storage = createIndexedDbStorage('wk_demo');
    const [before] = await Promise.all([storage.get('session'), storage.set('session', 1)]);
    expect([undefined, 1]).toContain(before);
    expect(await storage.get('session')).toBe(1);
    await storage.delete('session');
    expect(await readIndexedDb(factory, 'parley-wk_demo')).toEqual({});
  });

  it('rejects a value that cannot be cloned with invalid_request and keeps using IndexedDB', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const storage = createIndexedDbStorage('wk_demo');
    await expect(storage.set('bad', { run: () => {} })).rejects.toMatchObject({ code: 'invalid_request' });
    await storage.set('good', 1);
    expect(await readIndexedDb(factory, 'parley-wk_demo')).toEqual({ good: 1 });
  });
});

describe('createIndexedDbStorage where IndexedDB does not work', () => {
  /** Writes, reads back and lists, the way the outbox does; none of it may throw. */
  async function expectWorkingMemoryStorage(): Promise<void> {
    const storage = createIndexedDbStorage('wk_demo');
    await storage.set('outbox:x:1', { text: 'kept' });
    await storage.set('outbox:x:2', { text: 'dropped' });
    await storage.delete('outbox:x:2');
    expect(await storage.get('outbox:x:1')).toEqual({ text: 'kept' });
    expect(await storage.keys('outbox:')).toEqual(['outbox:x:1']);
  }

  it('uses memory where there is no indexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expectWorkingMemoryStorage();
  });

  it('uses memory when opening throws (blocked storage, Firefox private mode)', async () => {
    const open = vi.fn(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.stubGlobal('indexedDB', { open });
    await expectWorkingMemoryStorage();
    // Probed once, not at every call.
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('uses memory when the open request fails', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        const request = {
          error: new DOMException('A mutation operation was attempted', 'InvalidStateError'),
        } as unknown as IDBOpenDBRequest;
        setTimeout(() => request.onerror?.(new Event('error')));
        return request;
      },
    });
    await expectWorkingMemoryStorage();
  });

  it('uses memory when opening never finishes (Safari), after the timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('indexedDB', { open: () => ({}) });
    const storage = createIndexedDbStorage('wk_demo');
    const written = storage.set('session', { token: 't' });
    let settled = false;
    written.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await written;
    expect(await storage.get('session')).toEqual({ token: 't' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('switches to memory when IndexedDB fails later, keeping what this page wrote', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const storage = createIndexedDbStorage('wk_demo');
    await storage.set('outbox:x:1', { text: 'before' });
    await storage.set('outbox:x:2', { text: 'deleted before' });
    await storage.delete('outbox:x:2');

    // The connection breaks, as Safari's does when the storage is cleared under the page.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    await storage.set('outbox:x:3', { text: 'after' });
    expect(await storage.get('outbox:x:1')).toEqual({ text: 'before' });
    expect(await storage.get('outbox:x:2')).toBeUndefined();
    expect(await storage.keys('outbox:x:')).toEqual(['outbox:x:1', 'outbox:x:3']);

    // It does not go back to a database it cannot trust for the rest of the page.
    expect(transaction).toHaveBeenCalled();
    transaction.mockRestore();
    const working = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await storage.set('outbox:x:4', { text: 'memory only' });
    expect(await storage.get('outbox:x:4')).toEqual({ text: 'memory only' });
    expect(working).not.toHaveBeenCalled();
    working.mockRestore();
    expect(await readIndexedDb(factory, 'parley-wk_demo')).toEqual({ 'outbox:x:1': { text: 'before' } });
  });
});
