import type { HighlightRange } from './HighlightRange';

/**
 * An excerpt of an article for a search result, with what to highlight in it (see {@link buildSnippet}).
 * @internal
 */
export interface SearchSnippet {
  /** The excerpt, with `…` where it cuts the text. */
  text: string;
  /** Ranges of `text` to highlight: sorted, not overlapping, adjacent ones merged. */
  highlights: HighlightRange[];
}
