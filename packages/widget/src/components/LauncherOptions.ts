/**
 * Where the launcher sits, whether it shows, and the host's own button in its place. The panel and the
 * proactive nudge follow the launcher's corner.
 *
 * @example
 * ```ts
 * mount({ ..., launcher: { position: 'left', offset: { bottom: 32, side: 24 } } });
 * mount({ ..., launcher: { element: '#help-button' } }); // the page's own button opens the panel
 * ```
 */
export interface LauncherOptions {
  /**
   * The bottom corner of the screen, whatever the text direction.
   * @default the end of the line: right in left-to-right languages, left in Arabic
   */
  position?: 'left' | 'right';
  /**
   * Distance in px from the bottom edge and from the side edge of the screen. The `--parley-offset-block`
   * and `--parley-offset-inline` custom properties do the same from CSS; this option wins over them.
   * @default { bottom: 20, side: 20 }
   */
  offset?: { bottom?: number; side?: number };
  /**
   * Hides the round button: the host opens the panel itself (`widget.open()`, or `element`). Unread
   * messages are still announced to screen readers.
   * @default false
   */
  hidden?: boolean;
  /**
   * The host's own launcher, instead of ours: an element, or a CSS selector (every match). A click on it
   * toggles the panel; it gets `aria-expanded`, `aria-haspopup="dialog"`, `data-parley-open` while the
   * panel is open and `data-parley-unread="3"` while messages are unread (absent at zero), so CSS can draw
   * a badge: `#help[data-parley-unread]::after { content: attr(data-parley-unread); }`. Use a `<button>`.
   * Elements added later attach with `widget.attachLauncher(element)`.
   */
  element?: Element | string;
  /** Called with the count of unread messages from the team whenever it changes (a badge of your own). */
  onUnreadChange?: (count: number) => void;
}
