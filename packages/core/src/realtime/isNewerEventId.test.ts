import { describe, expect, it } from 'vitest';
import { isNewerEventId } from './isNewerEventId';

describe('isNewerEventId', () => {
  it.each([
    ['10', '9', true],
    ['9', '10', false],
    ['10', '10', false],
    ['010', '9', true],
    ['0', '0', false],
    // Past Number.MAX_SAFE_INTEGER, where parsing as a number would call them equal.
    ['9007199254740993', '9007199254740992', true],
    ['9007199254740992', '9007199254740993', false],
  ])('%s after %s: %s', (id, than, expected) => {
    expect(isNewerEventId(id, than)).toBe(expected);
  });

  it('treats ids that are not numbers as new unless equal', () => {
    expect(isNewerEventId('evt_b', 'evt_a')).toBe(true);
    expect(isNewerEventId('evt_a', 'evt_b')).toBe(true);
    expect(isNewerEventId('evt_a', 'evt_a')).toBe(false);
    expect(isNewerEventId('12', 'evt_a')).toBe(true);
    expect(isNewerEventId('', '')).toBe(false);
  });

  it('treats every id as new when none was seen yet', () => {
    expect(isNewerEventId('0', undefined)).toBe(true);
    expect(isNewerEventId('evt_a', undefined)).toBe(true);
  });
});
