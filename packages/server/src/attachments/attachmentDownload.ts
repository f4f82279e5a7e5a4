import type { AttachmentRecord } from './AttachmentRecord';
import { contentDisposition } from './contentDisposition';

/** The `Content-Type` to serve a stored type with: text gets its charset, nothing runnable slips through. */
function servedContentType(type: string): string {
  if (/html|xml|svg|script/.test(type)) return 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

/**
 * A stored file as a download that a browser saves rather than runs: `Content-Disposition: attachment`,
 * `nosniff`, a sandboxing CSP and no shared caching. Used by the visitor and the agent routes alike.
 * @internal
 */
export function attachmentDownload(record: AttachmentRecord, bytes: Uint8Array): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'Content-Type': servedContentType(record.contentType),
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(record.name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
