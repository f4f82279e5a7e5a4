import { describe, expect, it } from 'vitest';
import { allCatalogs as catalogs } from '../../testing/allCatalogs';
import type { Catalog } from '../messages';
import { widgetLanguages } from '../widgetLanguages';

const { en, ar, 'zh-Hans': zhHans, ja, fr, de } = catalogs;

// Texts whose values are counts; every other function takes text.
const countTexts = new Set([
  'unreadBadge',
  'form.tooLong',
  'home.repliesInMinutes',
  'home.repliesInHours',
  'home.repliesInDays',
  'search.results',
  'composer.tooManyFiles',
  'events.rated',
  'tickets.messages',
  'notifications.pageTitle',
]);

type Leaf = { path: string; value: unknown };

/** Every text of a catalog, by path in alphabetical order (English is put together from two files). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value)
    .flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What a text looks like: strings and lists by kind and length, functions by arity. */
function shape(value: unknown): string {
  if (typeof value === 'function') return `function/${value.length}`;
  if (Array.isArray(value)) return `list/${value.length}`;
  return typeof value;
}

/** Calls a text with sample values; text values are marked so the test can find them in the result. */
function render({ path, value }: Leaf, count: number): string {
  if (typeof value !== 'function') return String(value);
  const args = Array.from({ length: value.length }, (_, index) =>
    index === 0 && countTexts.has(path) ? count : `«value${index}»`,
  );
  return value(...args);
}

describe('catalogs', () => {
  it('exist for every language', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...widgetLanguages].sort());
  });

  const english = leaves(en);

  it.each(widgetLanguages)('%s has every text of English, in the same shape', (language) => {
    const own = leaves(catalogs[language]);
    expect(own.map(({ path, value }) => `${path}: ${shape(value)}`)).toEqual(
      english.map(({ path, value }) => `${path}: ${shape(value)}`),
    );
  });

  it.each(widgetLanguages)('%s has a text for every error code and non-empty texts', (language) => {
    for (const leaf of leaves(catalogs[language])) {
      for (const count of [0, 1, 2, 3, 11, 100]) {
        const text = render(leaf, count);
        expect(text.trim(), leaf.path).not.toBe('');
        expect(text, leaf.path).not.toContain('#');
        expect(text, leaf.path).not.toContain('undefined');
      }
    }
  });

  it.each(widgetLanguages)('%s puts every text value into its sentence', (language) => {
    for (const leaf of leaves(catalogs[language])) {
      if (typeof leaf.value !== 'function') continue;
      const text = render(leaf, 7);
      const expected = countTexts.has(leaf.path) ? leaf.value.length - 1 : leaf.value.length;
      expect(text.match(/«value\d»/g)?.length ?? 0, leaf.path).toBe(expected);
    }
  });

  it.each(widgetLanguages.filter((language) => language !== 'en'))('%s is translated', (language) => {
    const own = leaves(catalogs[language]);
    const same = own.filter((leaf, index) => {
      const englishLeaf = english[index];
      return englishLeaf !== undefined && render(leaf, 7) === render(englishLeaf, 7);
    });
    // A few words are the same in both (Bot, Message, No, the page title's count); most must differ.
    expect(same.length / own.length, same.map((leaf) => leaf.path).join(', ')).toBeLessThan(0.06);
  });

  it('uses plural forms: two in English, six in Arabic, one in Chinese and Japanese', () => {
    const forms = (catalog: Catalog) =>
      new Set([0, 1, 2, 3, 11, 100].map((count) => catalog.search.results(count).replace(/[\d٠-٩,]+/g, 'N')))
        .size;
    expect(forms(en)).toBe(2);
    expect(forms(ar)).toBe(6);
    expect(forms(zhHans)).toBe(1);
    expect(forms(ja)).toBe(1);
    expect(ar.unreadBadge(2)).toBe('رسالتان غير مقروءتين');
    expect(fr.search.results(0)).toBe('0 résultat');
    expect(de.form.tooLong(1)).toBe('Bitte verwenden Sie höchstens 1 Zeichen.');
  });

  it('isolates left-to-right values inside Arabic sentences', () => {
    expect(ar.offline.sent('ada@example.com')).toContain('\u2068ada@example.com\u2069');
  });

  it('names every ticket status of the contract', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(Object.keys(catalog.tickets.status).sort()).toEqual(
        ['closed', 'open', 'received', 'solved', 'waiting_on_customer'].sort(),
      );
    }
  });
});

// Type checks (tsc -b): a catalog missing a text, or an error code, is rejected.
const { search: _search, ...withoutSearch } = en;
// @ts-expect-error every catalog needs every text
const missingText: Catalog = withoutSearch;
// @ts-expect-error every catalog needs a text for every error code
const missingErrorCode: Catalog = { ...en, errors: { default: 'Sorry' } };
void missingText;
void missingErrorCode;
