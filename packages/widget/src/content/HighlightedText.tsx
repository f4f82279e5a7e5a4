import type { Highlight } from '@parley/core';
import { splitHighlights } from './splitHighlights';

/** Props of {@link HighlightedText}. */
export interface HighlightedTextProps {
  /** A search result's title or snippet text, from the backend: shown as text, never as HTML. */
  text: string;
  /** The ranges the server marked as matching the query. */
  highlights: readonly Highlight[];
}

/**
 * A search result's title or snippet with its matches in `<mark>`, built from text nodes only: the
 * highlights are ranges, so nothing in the text is ever read as markup.
 *
 * @example
 * ```tsx
 * <HighlightedText text={result.snippet.text} highlights={result.snippet.highlights} />
 * ```
 */
export function HighlightedText({ text, highlights }: HighlightedTextProps) {
  return (
    <>
      {splitHighlights(text, highlights).map((part) =>
        part.highlighted ? <mark>{part.text}</mark> : part.text,
      )}
    </>
  );
}
