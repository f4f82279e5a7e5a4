import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import { forgetStoredOutbox, outboxKey } from './forgetStoredOutbox';

describe('forgetStoredOutbox', () => {
  it("deletes one person's stored entries and nothing else", async () => {
    const storage = createMemoryStorage();
    await storage.set(outboxKey('ada', 'm1'), { id: 'm1' });
    await storage.set(outboxKey('ada', 'm2'), { id: 'm2' });
    await storage.set(outboxKey('adam', 'm3'), { id: 'm3' });
    await storage.set('session', { token: 't' });
    await forgetStoredOutbox(storage, 'ada');
    expect((await storage.keys('')).sort()).toEqual([outboxKey('adam', 'm3'), 'session']);
  });
});
