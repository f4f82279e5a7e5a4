import { describe, expect, it } from 'vitest';
import { plural } from './plural';

const arabic = {
  zero: 'zero',
  one: 'one',
  two: 'two',
  few: 'few #',
  many: 'many #',
  other: 'other #',
};

describe('plural', () => {
  it('picks the English forms and puts the count in place of #', () => {
    const forms = { one: '# result', other: '# results' };
    expect(plural('en', 1, forms)).toBe('1 result');
    expect(plural('en', 0, forms)).toBe('0 results');
    expect(plural('en', 1234, forms)).toBe('1,234 results');
  });

  it('treats 0 as singular in French', () => {
    expect(plural('fr', 0, { one: '# résultat', other: '# résultats' })).toBe('0 résultat');
  });

  it('uses all six Arabic forms', () => {
    const picked = [0, 1, 2, 3, 11, 100].map((count) => plural('ar', count, arabic).split(' ')[0]);
    expect(picked).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('formats the count with the language’s digits', () => {
    expect(plural('ar-EG', 3, arabic)).toBe(`few ${new Intl.NumberFormat('ar-EG').format(3)}`);
  });

  it('falls back to other when a form is missing', () => {
    expect(plural('ar', 2, { other: '# items' })).toBe(`${new Intl.NumberFormat('ar').format(2)} items`);
  });

  it('does not throw on a tag Intl rejects', () => {
    expect(plural('not a tag!', 1, { one: 'one', other: '# other' })).toBe('1 other');
  });
});
