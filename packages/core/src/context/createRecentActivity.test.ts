import { describe, expect, it } from 'vitest';
import { createRecentActivity } from './createRecentActivity';

describe('createRecentActivity', () => {
  it('keeps searches trimmed, newest last, and ignores empty ones', () => {
    const activity = createRecentActivity();
    activity.recordSearch('  invoices ');
    activity.recordSearch('   ');
    activity.recordSearch('');
    activity.recordSearch('export pdf');
    expect(activity.snapshot().recentSearches).toEqual(['invoices', 'export pdf']);
  });

  it('moves a repeated search to the end instead of keeping it twice', () => {
    const activity = createRecentActivity();
    for (const query of ['invoices', 'export pdf', 'invoices']) activity.recordSearch(query);
    expect(activity.snapshot().recentSearches).toEqual(['export pdf', 'invoices']);
  });

  it('replaces the last search when the new one extends it, as typing does', () => {
    const activity = createRecentActivity();
    for (const query of ['res', 'reset', 'reset pass', 'sync', 'reset']) activity.recordSearch(query);
    expect(activity.snapshot().recentSearches).toEqual(['reset pass', 'sync', 'reset']);
  });

  it('keeps the newest 20 of each list', () => {
    const activity = createRecentActivity();
    for (let index = 1; index <= 25; index++) {
      activity.recordSearch(`query ${index}`);
      activity.recordArticleView(`art_${index}`);
    }
    const { recentSearches, viewedArticleIds } = activity.snapshot();
    expect(recentSearches).toHaveLength(20);
    expect(recentSearches[0]).toBe('query 6');
    expect(recentSearches.at(-1)).toBe('query 25');
    expect(viewedArticleIds).toHaveLength(20);
    expect(viewedArticleIds[0]).toBe('art_6');
    expect(viewedArticleIds.at(-1)).toBe('art_25');
  });

  it('bounds a search to 200 characters without splitting an emoji', () => {
    const activity = createRecentActivity();
    activity.recordSearch(`${'a'.repeat(199)}😀 and more`);
    const [search] = activity.snapshot().recentSearches;
    expect(search).toBe('a'.repeat(199));
    activity.recordSearch('b'.repeat(5000));
    expect(activity.snapshot().recentSearches.at(-1)).toHaveLength(200);
  });

  it('keeps viewed article ids once each and ignores ids the contract cannot carry', () => {
    const activity = createRecentActivity();
    for (const id of ['art_a', 'art_b', 'art_a', '', 'x'.repeat(101)]) activity.recordArticleView(id);
    expect(activity.snapshot().viewedArticleIds).toEqual(['art_b', 'art_a']);
  });

  it('hands out copies, and forgets everything on clear', () => {
    const activity = createRecentActivity();
    activity.recordSearch('sync');
    activity.recordArticleView('art_a');
    const snapshot = activity.snapshot();
    snapshot.recentSearches.push('tampered');
    expect(activity.snapshot().recentSearches).toEqual(['sync']);
    activity.clear();
    expect(activity.snapshot()).toEqual({ recentSearches: [], viewedArticleIds: [] });
  });
});
