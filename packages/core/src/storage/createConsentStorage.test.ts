import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentStorage } from './createConsentStorage';
import { createIndexedDbStorage } from './createIndexedDbStorage';
import { readIndexedDb } from './testing/readIndexedDb';

const database = 'parley-wk_demo';
let factory: IDBFactory;

beforeEach(() => {
  factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createConsentStorage', () => {
  it('writes through once consent is granted', async () => {
    const consent = createConsentStorage(createIndexedDbStorage('wk_demo'), 'granted');
    await consent.storage.set('session', { token: 't' });
    expect(await readIndexedDb(factory, database)).toEqual({ session: { token: 't' } });
    expect(consent.consent()).toBe('granted');
  });

  it('while pending writes nothing to IndexedDB, not even the database, yet reads its own writes', async () => {
    const consent = createConsentStorage(createIndexedDbStorage('wk_demo'), 'pending');
    const { storage } = consent;
    await storage.set('session', { token: 't' });
    await storage.set('outbox:anonymous:m1', { text: 'hello' });
    await storage.set('outbox:anonymous:m2', { text: 'bye' });
    await storage.delete('outbox:anonymous:m2');

    expect(await storage.get('session')).toEqual({ token: 't' });
    expect(await storage.keys('outbox:')).toEqual(['outbox:anonymous:m1']);
    expect(await factory.databases()).toEqual([]);
    expect(await readIndexedDb(factory, database)).toBeUndefined();
  });

  it('granting writes what was held, including deletions of data stored in an earlier visit', async () => {
    await createIndexedDbStorage('wk_demo').set('outbox:anonymous:old', { text: 'earlier visit' });
    const consent = createConsentStorage(createIndexedDbStorage('wk_demo'), 'pending');
    await consent.storage.set('session', { token: 't' });
    await consent.storage.set('outbox:anonymous:m1', { text: 'hello' });
    await consent.storage.delete('outbox:anonymous:old');
    expect(await readIndexedDb(factory, database)).toEqual({
      'outbox:anonymous:old': { text: 'earlier visit' },
    });

    await consent.setConsent('granted');

    expect(consent.consent()).toBe('granted');
    expect(await readIndexedDb(factory, database)).toEqual({
      session: { token: 't' },
      'outbox:anonymous:m1': { text: 'hello' },
    });
    // And it writes through from now on; a reload reads it back.
    await consent.storage.set('outbox:anonymous:m2', { text: 'after' });
    expect(await createIndexedDbStorage('wk_demo').get('outbox:anonymous:m2')).toEqual({ text: 'after' });
  });

  it('lets calls made during the switch wait for it, so the newest write wins', async () => {
    const consent = createConsentStorage(createIndexedDbStorage('wk_demo'), 'pending');
    await consent.storage.set('session', { token: 'old' });
    const granted = consent.setConsent('granted');
    const newest = consent.storage.set('session', { token: 'new' });
    await Promise.all([granted, newest]);
    expect(await readIndexedDb(factory, database)).toEqual({ session: { token: 'new' } });
  });

  it('when denied never writes, and a later grant stores what the page holds', async () => {
    const consent = createConsentStorage(createIndexedDbStorage('wk_demo'), 'denied');
    await consent.storage.set('session', { token: 't' });
    await consent.setConsent('pending');
    expect(await factory.databases()).toEqual([]);
    await consent.setConsent('granted');
    expect(await readIndexedDb(factory, database)).toEqual({ session: { token: 't' } });
  });

  it('withdrawn after a grant deletes what the client stored, and the page keeps working', async () => {
    const persistent = createIndexedDbStorage('wk_demo');
    await persistent.set('host:theme', 'dark');
    const consent = createConsentStorage(persistent, 'granted', 'parley:');
    await consent.storage.set('parley:session', { token: 't' });
    await consent.storage.set('parley:outbox:m1', { text: 'hello' });

    await consent.setConsent('denied');

    expect(consent.consent()).toBe('denied');
    expect(await readIndexedDb(factory, database)).toEqual({ 'host:theme': 'dark' });
    expect(await consent.storage.get('parley:session')).toEqual({ token: 't' });
    await consent.storage.set('parley:outbox:m2', { text: 'memory only' });
    expect(await consent.storage.keys('parley:outbox:')).toEqual(['parley:outbox:m1', 'parley:outbox:m2']);
    expect(await readIndexedDb(factory, database)).toEqual({ 'host:theme': 'dark' });
  });

  it('granted again after a withdrawal, stores again what the page holds', async () => {
    const persistent = createIndexedDbStorage('wk_demo');
    const consent = createConsentStorage(persistent, 'granted');
    await consent.storage.set('session', { token: 't' });
    await consent.storage.set('outbox:anonymous:m1', { text: 'hello' });
    await consent.setConsent('denied');
    await consent.storage.delete('outbox:anonymous:m1');
    await consent.storage.set('outbox:anonymous:m2', { text: 'while denied' });
    expect(await readIndexedDb(factory, database)).toEqual({});

    await consent.setConsent('granted');
    expect(await readIndexedDb(factory, database)).toEqual({
      session: { token: 't' },
      'outbox:anonymous:m2': { text: 'while denied' },
    });
  });

  it('while pending does not read what an earlier visit stored (reading needs consent too)', async () => {
    await createIndexedDbStorage('wk_demo').set('session', { token: 'earlier' });
    const open = vi.spyOn(factory, 'open');
    const consent = createConsentStorage(createIndexedDbStorage('wk_demo'), 'pending');
    expect(await consent.storage.get('session')).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
    await consent.setConsent('granted');
    expect(await consent.storage.get('session')).toEqual({ token: 'earlier' });
  });
});
