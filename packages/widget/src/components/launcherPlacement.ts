import type { LauncherOptions } from './LauncherOptions';

/** Where the launcher's corner is, from {@link launcherPlacement}. */
export interface LauncherPlacement {
  /** The corner at the start or the end of the line: the stylesheet places everything with logical properties. */
  side: 'start' | 'end';
  /** Custom properties for the widget's root element (the offsets given as options). */
  style: Record<string, string>;
}

/**
 * Turns the host's left/right and offsets into the widget's logical terms: `left` is the start of the line in
 * a left-to-right widget and its end in a right-to-left one.
 *
 * @param dir - The widget's text direction.
 * @example
 * ```ts
 * launcherPlacement({ position: 'left', offset: { bottom: 32 } }, 'ltr');
 * // { side: 'start', style: { '--_offset-block': '32px' } }
 * ```
 */
export function launcherPlacement(
  { position, offset }: Pick<LauncherOptions, 'position' | 'offset'> = {},
  dir: 'ltr' | 'rtl' = 'ltr',
): LauncherPlacement {
  const style: Record<string, string> = {};
  for (const [name, value] of [
    ['block', offset?.bottom],
    ['inline', offset?.side],
  ] as const) {
    if (typeof value === 'number' && Number.isFinite(value))
      style[`--_offset-${name}`] = `${Math.max(0, value)}px`;
  }
  const start = position !== undefined && (position === 'left') === (dir === 'ltr');
  return { side: start ? 'start' : 'end', style };
}
