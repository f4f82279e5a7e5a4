import { describe, expect, it, vi } from 'vitest';
import { createDraftStore } from './createDraftStore';

describe('createDraftStore', () => {
  it('keeps a draft per composer, forgets an emptied one, and tells its listeners of changes only', () => {
    const drafts = createDraftStore();
    const listener = vi.fn();
    drafts.subscribe(listener);
    drafts.set('new', 'Hello');
    drafts.set('conversation:cnv_1', 'Thanks');
    drafts.set('new', 'Hello');
    expect(drafts.get('new')).toBe('Hello');
    expect(drafts.get('conversation:cnv_2')).toBe('');
    drafts.set('new', '');
    expect(drafts.getSnapshot()).toEqual({ 'conversation:cnv_1': 'Thanks' });
    expect(listener).toHaveBeenCalledTimes(3);
    drafts.replace({});
    expect(drafts.getSnapshot()).toEqual({});
  });

  it('keeps the ten newest drafts, each at most 10,000 characters', () => {
    const drafts = createDraftStore();
    for (let index = 0; index < 12; index++) drafts.set(`conversation:${index}`, `draft ${index}`);
    expect(Object.keys(drafts.getSnapshot())).toHaveLength(10);
    expect(drafts.get('conversation:0')).toBe('');
    expect(drafts.get('conversation:11')).toBe('draft 11');
    drafts.set('new', 'x'.repeat(12_000));
    expect(drafts.get('new')).toHaveLength(10_000);
  });
});
