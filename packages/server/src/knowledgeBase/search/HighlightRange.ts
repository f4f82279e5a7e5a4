/**
 * A highlighted part of a text: UTF-16 indices, `end` exclusive, so `text.slice(start, end)` is the match.
 * @internal
 */
export interface HighlightRange {
  /** First highlighted index. */
  start: number;
  /** Index after the last highlighted one. */
  end: number;
}
