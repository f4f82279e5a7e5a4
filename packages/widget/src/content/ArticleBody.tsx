import type { Article } from '@parley/core';
import { useMemo } from 'preact/hooks';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';

/** How an article's body is written: Markdown (Parley's own) or HTML (imported from another help desk). */
export type ArticleBodyFormat = 'markdown' | 'html';

/** Props of {@link ArticleBody}. */
export interface ArticleBodyProps {
  /** The article; a body without `bodyFormat` is Markdown, as the contract states. */
  article: Pick<Article, 'body'> & { bodyFormat?: ArticleBodyFormat | undefined };
  /** Absolute URL that relative links and images resolve against (the help centre's); without it they show as text. */
  base?: string | undefined;
  /**
   * Most nodes to create; past it, the rest of the article shows as plain text.
   * @default 5000
   */
  maxNodes?: number | undefined;
  /** Said after each link's text to screen readers, as links open a new tab: "(opens in a new tab)". */
  newTabLabel?: string | undefined;
}

/**
 * An article's body, from untrusted text to virtual nodes: Markdown with headings (`#` becomes `h2`, below
 * the article's title), blockquotes and https images on top of the message subset; or HTML parsed into an
 * inert document and rebuilt through an allowlist. Links open in a new tab, only for http, https, mailto
 * and tel.
 *
 * @example
 * ```tsx
 * <ArticleBody article={article} base="https://help.lumen.example/" />
 * ```
 */
export function ArticleBody({ article, base, maxNodes = 5000, newTabLabel }: ArticleBodyProps) {
  const { body, bodyFormat } = article;
  const nodes = useMemo(() => {
    const ctx = { base, rich: true, budget: maxNodes, newTabLabel };
    return bodyFormat === 'html' ? renderHtml(body, ctx) : renderMarkdown(body, ctx);
  }, [body, bodyFormat, base, maxNodes, newTabLabel]);
  return <div class="parley-content parley-article-body">{nodes}</div>;
}
