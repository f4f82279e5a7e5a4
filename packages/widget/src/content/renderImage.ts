import { type ComponentChildren, h } from 'preact';
import { safeHref } from './safeHref';

/**
 * An image from untrusted content, only over https (no data:, no mixed content); any other source shows
 * its alternative text instead.
 *
 * @param src - The source as written.
 * @param alt - The alternative text.
 * @param base - Absolute URL that relative sources resolve against.
 * @internal
 */
export function renderImage(src: string, alt: string, base: string | undefined): ComponentChildren {
  const url = safeHref(src, base);
  return url?.startsWith('https:') ? h('img', { src: url, alt, loading: 'lazy' }) : alt;
}
