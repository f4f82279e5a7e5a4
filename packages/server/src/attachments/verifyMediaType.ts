import { isPlainText } from './isPlainText';
import { sniffedMediaTypes, sniffMediaType } from './sniffMediaType';

/** The media type a file is stored and served with, or why it is refused. @internal */
export type MediaTypeCheck = { ok: true; contentType: string } | { ok: false; detail: string };

// Names clients use for the same formats.
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'application/x-pdf': 'application/pdf',
};

/**
 * Types a browser may run or render as a page (HTML, XML, SVG, scripts, MHTML): refused even when the
 * allowed list's wildcards (`image/*`, `text/*`) would match them.
 */
function isActiveContent(type: string): boolean {
  const [family = '', subtype = ''] = type.split('/');
  return (
    /html|(java|ecma)script|shockwave/.test(subtype) ||
    subtype === 'xml' ||
    subtype.endsWith('+xml') ||
    subtype === 'xsl' ||
    family === 'multipart' ||
    family === 'message'
  );
}

/** `Image/PNG; foo=bar` → `image/png`; anything that is not a `type/subtype` token → `''`. */
function normaliseMediaType(declared: string): string {
  const essence = (declared.split(';')[0] ?? '').trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(essence)) return '';
  return ALIASES[essence] ?? essence;
}

/** Whether `type` is in `allowed`, where `type/*` matches a whole family and `*\/*` anything. */
function isAllowed(type: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => {
    const pattern = entry.trim().toLowerCase();
    if (pattern === '*/*' || pattern === type) return true;
    return pattern.endsWith('/*') && type.startsWith(pattern.slice(0, -1));
  });
}

/**
 * Decides the media type of an upload without trusting the client blindly. A declared PNG, JPEG, GIF,
 * WebP or PDF must carry that format's signature; a declared `text/*` must be UTF-8 without NUL bytes; a
 * missing or `application/octet-stream` type becomes what the content shows (one of those formats, else
 * `text/plain` for text). Active content (HTML, XML, SVG, scripts) is always refused, and the result must
 * be in `allowed` (`type/*` wildcards allowed).
 * @internal
 */
export function verifyMediaType(
  declared: string,
  bytes: Uint8Array,
  allowed: readonly string[],
): MediaTypeCheck {
  const claimed = normaliseMediaType(declared);
  const sniffed = sniffMediaType(bytes);
  let contentType: string;
  if (claimed === '' || claimed === 'application/octet-stream') {
    contentType = sniffed ?? (isPlainText(bytes) ? 'text/plain' : 'application/octet-stream');
  } else if (isActiveContent(claimed)) {
    return { ok: false, detail: `Files of type ${claimed} are never accepted: browsers could run them.` };
  } else if ((sniffedMediaTypes as readonly string[]).includes(claimed)) {
    if (sniffed !== claimed) {
      return { ok: false, detail: `The file was sent as ${claimed}, but its content is not ${claimed}.` };
    }
    contentType = claimed;
  } else if (claimed.startsWith('text/')) {
    if (!isPlainText(bytes)) {
      return {
        ok: false,
        detail: `The file was sent as ${claimed}, but it is not UTF-8 text without NUL bytes.`,
      };
    }
    contentType = claimed;
  } else {
    contentType = claimed;
  }
  if (!isAllowed(contentType, allowed)) {
    return {
      ok: false,
      detail: `Files of type ${contentType} are not accepted here; accepted: ${allowed.join(', ') || 'none'}.`,
    };
  }
  return { ok: true, contentType };
}
