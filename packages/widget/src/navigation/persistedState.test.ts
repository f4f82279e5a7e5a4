import { describe, expect, it } from 'vitest';
import { persistedState } from './persistedState';

const { key: persistedStateKey, read: readPersistedState, write: writePersistedState } = persistedState;

const key = persistedStateKey('wk_demo');

describe('the state kept across reloads', () => {
  it('is written and read back, per widget key', () => {
    const storage = window.sessionStorage;
    storage.clear();
    const state = {
      page: 'https://shop.example/cart',
      open: true,
      routes: [
        { view: 'home' },
        { view: 'search', query: 'export' },
        { view: 'ticketLookup', reference: 'PRL-1' },
      ] as const,
      drafts: { new: 'Hello' },
    };
    writePersistedState(storage, key, state);
    expect(readPersistedState(storage, key)).toEqual(state);
    expect(readPersistedState(storage, persistedStateKey('wk_other'))).toBeUndefined();
    expect(key).not.toBe(persistedStateKey('wk_other'));
  });

  it('is not taken when it is not a state (edited by hand, from another release), and never throws', () => {
    const storage = window.sessionStorage;
    const read = (value: string) => {
      storage.setItem(key, value);
      return readPersistedState(storage, key);
    };
    expect(read('{not json')).toBeUndefined();
    expect(read('[]')).toBeUndefined();
    expect(read(JSON.stringify({ open: true, routes: [] }))).toBeUndefined();
    expect(read(JSON.stringify({ open: true, routes: [{ view: 'teleport' }] }))).toBeUndefined();
    expect(
      read(JSON.stringify({ routes: [{ view: 'home' }, { view: 'article', articleId: 7 }] })),
    ).toBeUndefined();
    expect(read(JSON.stringify({ routes: [{ view: 'toString' }] }))).toBeUndefined();
    // Extra fields are dropped; drafts that are not strings are left out.
    expect(
      read(
        JSON.stringify({ open: 'yes', routes: [{ view: 'home', extra: 1 }], drafts: { new: 'a', bad: 1 } }),
      ),
    ).toEqual({ page: '', open: false, routes: [{ view: 'home' }], drafts: { new: 'a' } });

    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(readPersistedState(refusing, key)).toBeUndefined();
    expect(() =>
      writePersistedState(refusing, key, { page: '', open: false, routes: [{ view: 'home' }], drafts: {} }),
    ).not.toThrow();
  });
});
