/**
 * What one render of untrusted content shares: where relative URLs resolve, which constructs are on, and
 * how many more nodes it may create.
 * @internal
 */
export interface ContentContext {
  /** Absolute URL that relative links and images resolve against; without it they render as text. */
  base?: string | undefined;
  /** Article constructs (headings, blockquotes, images) on top of the message subset. */
  rich: boolean;
  /** Nodes left to create. Once spent, the rest renders as plain text, so a huge input stays cheap. */
  budget: number;
  /** Said after each link's text to screen readers, which open a new tab: "(opens in a new tab)". */
  newTabLabel?: string | undefined;
}

/**
 * How deep lists, blockquotes and emphasis may nest in Markdown; deeper content is flattened into the
 * deepest level or shown as text.
 * @internal
 */
export const MAX_NESTING = 8;
