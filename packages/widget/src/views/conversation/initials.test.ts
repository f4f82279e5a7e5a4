import { describe, expect, it, vi } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of the first and last words, in capitals', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('  maría  josé de la vega ')).toBe('MV');
    expect(initials('Lumen')).toBe('L');
  });

  it('takes whole characters: one for a Chinese name, an emoji without splitting it', () => {
    expect(initials('王小明')).toBe('王');
    expect(initials('🦊 Fox')).toBe('🦊F');
  });

  it('gives nothing for an empty name', () => {
    expect(initials('')).toBe('');
  });

  it("does not depend on Array.from, which some pages replace (MooTools' wraps a string whole)", () => {
    vi.spyOn(Array, 'from').mockImplementation(((item: unknown) => [item]) as typeof Array.from);
    try {
      expect(initials('Sam Jones')).toBe('SJ');
    } finally {
      vi.restoreAllMocks();
    }
  });
});
