import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemorySearchIndex } from './createMemorySearchIndex';

const here = dirname(fileURLToPath(import.meta.url));

describe('createMemorySearchIndex', () => {
  it('imports nothing outside this folder, so it runs in browsers', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(join(here, file), 'utf8');
      for (const [, specifier] of source.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[\w]+$/);
        visit(`${specifier!.slice(2)}.ts`);
      }
    };
    visit('createMemorySearchIndex.ts');
    expect(seen.size).toBeGreaterThan(3);
  });

  it('keeps separate entries for ids that only differ in how they could be concatenated', () => {
    const index = createMemorySearchIndex();
    const base = { widgetKey: 'w', collectionId: 'c', title: 'Alpha', body: '' };
    index.upsert({ ...base, articleId: 'ab', locale: 'c' });
    index.upsert({ ...base, articleId: 'a', locale: 'bc' });
    const search = (locale: string) =>
      index
        .search({ widgetKey: 'w', locale, query: 'alpha', limit: 10, offset: 0 })
        .hits.map((h) => h.articleId);
    expect(search('c')).toEqual(['ab']);
    expect(search('bc')).toEqual(['a']);
    index.remove('ab', 'c');
    expect(search('c')).toEqual([]);
    expect(search('bc')).toEqual(['a']);
  });

  it('forgets the vocabulary of replaced documents for prefix searches', () => {
    const index = createMemorySearchIndex();
    const base = { widgetKey: 'w', articleId: 'a', locale: 'en', collectionId: 'c', body: '' };
    index.upsert({ ...base, title: 'Passport' });
    index.upsert({ ...base, title: 'Billing' });
    expect(index.search({ widgetKey: 'w', locale: 'en', query: 'pass', limit: 10, offset: 0 }).total).toBe(0);
    expect(index.search({ widgetKey: 'w', locale: 'en', query: 'bil', limit: 10, offset: 0 }).total).toBe(1);
  });
});
