import type { ComponentChildren } from 'preact';
import { safeHref } from './safeHref';

/** Props of {@link SafeLink}. */
export interface SafeLinkProps {
  /** The link as written in the untrusted content. */
  href: string;
  /** Absolute URL that relative links resolve against; without it relative links render as text. */
  base?: string | undefined;
  /** What the link shows. */
  children?: ComponentChildren;
  /** Said after the link's text to screen readers, as the link opens a new tab: "(opens in a new tab)". */
  newTabLabel?: string | undefined;
}

/**
 * A link from untrusted content: opened in a new tab without giving the page a handle on ours
 * (`rel="noopener noreferrer"`), and only for http, https, mailto and tel (see {@link safeHref}).
 * Any other link renders its children as plain text.
 */
export function SafeLink({ href, base, children, newTabLabel }: SafeLinkProps) {
  const url = safeHref(href, base);
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
      {newTabLabel && <span class="parley-visually-hidden"> {newTabLabel}</span>}
    </a>
  ) : (
    children
  );
}
