import { describe, expect, it } from 'vitest';
import { describeValue } from './describeValue';

describe('describeValue', () => {
  it('names a value as an error message says what it got, without running any of its code', () => {
    const hostile = {
      toString() {
        throw new Error('never called');
      },
    };
    expect(
      [42, true, 'art 1', '', null, undefined, [1], () => 1, Symbol('s'), 10n, hostile].map(describeValue),
    ).toEqual([
      '42 (a number)',
      'true (a boolean)',
      '"art 1" (a string)',
      'an empty string',
      'null',
      'nothing',
      'an array',
      'a function',
      'a symbol',
      '10 (a bigint)',
      'an object',
    ]);
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…" (a string)`);
  });
});
