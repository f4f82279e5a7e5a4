import { useState } from 'preact/hooks';
import { ClipIcon } from '../components/icons';

/** Props of {@link AttachmentLink}. @internal */
export interface AttachmentLinkProps {
  /** The file's name, from the backend: shown as text. */
  name: string;
  /** Its media type; only common raster images get a preview. */
  contentType: string;
  /** Its size, already formatted for the reader's locale. */
  size: string;
  /** Where it downloads from (see `attachmentHref`); without it (a file still uploading, a refused URL) no link. */
  href: string | undefined;
}

/**
 * Image types a browser shows in `<img>` without running anything: SVG is left out on purpose, so is
 * anything the browser might not decode.
 */
const previewable = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/**
 * A file of a message or ticket comment: a link that opens it in a new tab, named by the file's name and
 * size, with a small preview for images. The link is short-lived (signed); when the preview cannot load
 * (the link expired, the page's CSP blocks it), the file shows as a plain chip until a fresh link comes.
 * @internal
 */
export function AttachmentLink({ name, contentType, size, href }: AttachmentLinkProps) {
  // The link that failed, not a flag: a refreshed link (a new href) gets its preview back.
  const [failed, setFailed] = useState<string>();
  const preview =
    href &&
    failed !== href &&
    /^https?:/i.test(href) &&
    previewable.includes(contentType.split(';')[0]?.trim().toLowerCase() ?? '');
  const body = (
    <>
      {preview ? (
        <img src={href} alt="" loading="lazy" decoding="async" onError={() => setFailed(href)} />
      ) : (
        <ClipIcon />
      )}
      <span class="parley-file-name" dir="auto">
        {name}
      </span>
      <span class="parley-file-size">{size}</span>
    </>
  );
  return href ? (
    <a
      class="parley-file"
      data-preview={preview || undefined}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
    >
      {body}
    </a>
  ) : (
    <span class="parley-file">{body}</span>
  );
}
