import { useMemo } from 'preact/hooks';
import { renderMarkdown } from './renderMarkdown';

/** Props of {@link MessageText}. */
export interface MessageTextProps {
  /** The message's Markdown, from the backend: untrusted. */
  text: string;
  /** Absolute URL that relative links resolve against; without it they render as text. */
  base?: string | undefined;
  /**
   * Most nodes to create; past it, the rest of the message shows as plain text.
   * @default 500
   */
  maxNodes?: number | undefined;
  /** Said after each link's text to screen readers, as links open a new tab: "(opens in a new tab)". */
  newTabLabel?: string | undefined;
}

/**
 * A message's text: the Markdown subset of chat (emphasis, strong, inline and fenced code, links and bare
 * URLs, lists, paragraphs and line breaks) rendered to virtual nodes, never through HTML. Everything else,
 * HTML included, shows as written. Its direction follows its own text (`dir="auto"`), so an Arabic reply
 * reads right to left in an English widget.
 *
 * @example
 * ```tsx
 * <MessageText text={message.text} />
 * ```
 */
export function MessageText({ text, base, maxNodes = 500, newTabLabel }: MessageTextProps) {
  const nodes = useMemo(
    () => renderMarkdown(text, { base, rich: false, budget: maxNodes, newTabLabel }),
    [text, base, maxNodes, newTabLabel],
  );
  return (
    <div class="parley-content" dir="auto">
      {nodes}
    </div>
  );
}
