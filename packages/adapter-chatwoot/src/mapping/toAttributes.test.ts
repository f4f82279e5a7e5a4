import { describe, expect, it } from 'vitest';
import { toAttributes } from './toAttributes';

describe('toAttributes', () => {
  it('keeps the custom attributes the contract allows and leaves out the others', () => {
    expect(
      toAttributes({
        plan: 'pro',
        seats: 12,
        trial: false,
        note: null,
        tags: ['a'],
        'bad key': 'x',
        long: 'x'.repeat(1001),
        renewal: { at: '2025-01-01' },
      }),
    ).toEqual({ plan: 'pro', seats: 12, trial: false, note: null });
    expect(toAttributes(undefined)).toEqual({});
    expect(toAttributes(['plan'])).toEqual({});
  });

  it('keeps at most 50', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`a${index}`, index]));
    expect(Object.keys(toAttributes(many))).toHaveLength(50);
  });
});
