/**
 * One condition of a parsed search query (see {@link parseSearchQuery}): a document matches when its title
 * or body has the term, or, for a prefix phrase, any term that starts with it.
 * @internal
 */
export interface SearchQueryPhrase {
  /** A term as {@link tokenizeForSearch} produces it. */
  term: string;
  /** Whether the term also matches as a prefix (the word being typed). */
  prefix: boolean;
}
