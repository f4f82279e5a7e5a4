import { describe, expect, it } from 'vitest';
import { launcherPlacement } from './launcherPlacement';

describe('launcherPlacement', () => {
  it('keeps the end of the line by default, in either direction', () => {
    expect(launcherPlacement(undefined, 'ltr')).toEqual({ side: 'end', style: {} });
    expect(launcherPlacement({}, 'rtl')).toEqual({ side: 'end', style: {} });
  });

  it('puts left and right where they are on screen, whatever the direction', () => {
    expect(launcherPlacement({ position: 'left' }, 'ltr').side).toBe('start');
    expect(launcherPlacement({ position: 'right' }, 'ltr').side).toBe('end');
    expect(launcherPlacement({ position: 'left' }, 'rtl').side).toBe('end');
    expect(launcherPlacement({ position: 'right' }, 'rtl').side).toBe('start');
  });

  it('turns offsets into px custom properties, ignoring what is not a distance', () => {
    expect(launcherPlacement({ offset: { bottom: 32, side: 8 } }).style).toEqual({
      '--_offset-block': '32px',
      '--_offset-inline': '8px',
    });
    expect(launcherPlacement({ offset: { bottom: -5, side: Number.NaN } }).style).toEqual({
      '--_offset-block': '0px',
    });
  });
});
