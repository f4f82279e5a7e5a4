import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from './createMemoryStorage';

describe('createMemoryStorage', () => {
  it('stores, lists by prefix and deletes', async () => {
    const storage = createMemoryStorage();
    await storage.set('outbox:a:1', { text: 'one' });
    await storage.set('outbox:b:1', { text: 'two' });
    await storage.set('session', { token: 't' });
    expect(await storage.get('outbox:a:1')).toEqual({ text: 'one' });
    expect((await storage.keys('outbox:')).sort()).toEqual(['outbox:a:1', 'outbox:b:1']);
    await storage.delete('outbox:a:1');
    expect(await storage.get('outbox:a:1')).toBeUndefined();
    expect(await storage.keys('outbox:')).toEqual(['outbox:b:1']);
  });

  it('keeps its own copy: mutating what was stored or read changes nothing', async () => {
    const storage = createMemoryStorage();
    const value = { text: 'hello', tags: ['a'] };
    await storage.set('k', value);
    value.text = 'changed';
    value.tags.push('b');
    const read = await storage.get<{ text: string; tags: string[] }>('k');
    expect(read).toEqual({ text: 'hello', tags: ['a'] });
    read?.tags.push('c');
    expect(await storage.get('k')).toEqual({ text: 'hello', tags: ['a'] });
  });

  it('rejects a value that cannot be stored with invalid_request, keeping the previous one', async () => {
    const storage = createMemoryStorage([['k', 1]]);
    await expect(storage.set('k', { run: () => {} })).rejects.toMatchObject({
      name: 'ParleyError',
      code: 'invalid_request',
    });
    expect(await storage.get('k')).toBe(1);
  });
});
