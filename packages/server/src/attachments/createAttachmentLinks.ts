import { encodeBase64Url } from '../security/base64Url';
import { timingSafeEqual } from '../security/timingSafeEqual';

/**
 * Expiry times are rounded up to a multiple of this, so the same file keeps the same link for a while:
 * a page that refetches a conversation does not make every image preview download again.
 */
const EXPIRY_STEP_SECONDS = 5 * 60;

/** What a signed link says about a download request. @internal */
export type AttachmentLinkCheck = 'valid' | 'expired' | 'invalid';

/**
 * Signed download links of attachments: `Attachment.url`, which a browser can open or show without the
 * bearer token (`<a href>`, `<img src>` cannot send one) until it expires. See {@link createAttachmentLinks}.
 * @internal
 */
export interface AttachmentLinks {
  /** `/v1/attachments/{id}/content?expires=<unix seconds>&signature=<base64url HMAC-SHA256>`. */
  url(attachmentId: string): Promise<string>;
  /**
   * Checks the query of a download request: `invalid` unless the signature is the one this server made
   * for this attachment and this expiry (compared in constant time), then `expired` once the time has come.
   */
  check(
    attachmentId: string,
    expires: string | undefined,
    signature: string | undefined,
  ): Promise<AttachmentLinkCheck>;
}

/** Options of {@link createAttachmentLinks}. @internal */
export interface AttachmentLinkOptions {
  /** The signing key, read once on first use (from the settings, or the store's own random one). */
  secret(): Promise<string>;
  /** Epoch milliseconds. */
  now(): number;
  /** How long a new link works at least; the expiry is then rounded up to the next 5 minutes. */
  ttlMs: number;
}

/**
 * Signs and checks attachment download links with HMAC-SHA256 over a fixed label, the attachment id and
 * the expiry, so a link opens exactly one file until exactly its own time, and changing any part of it
 * breaks the signature. WebCrypto only, so it runs in Node and in browsers (MSW) alike.
 * @internal
 */
export function createAttachmentLinks({ secret, now, ttlMs }: AttachmentLinkOptions): AttachmentLinks {
  let key: Promise<CryptoKey> | undefined;
  const signingKey = (): Promise<CryptoKey> => {
    if (key === undefined) {
      const loading = secret().then((text) =>
        crypto.subtle.importKey(
          'raw',
          new TextEncoder().encode(text),
          { name: 'HMAC', hash: 'SHA-256' },
          false,
          ['sign'],
        ),
      );
      // A failed read (the database was busy) is tried again by the next request rather than kept.
      loading.catch(() => {
        if (key === loading) key = undefined;
      });
      key = loading;
    }
    return key;
  };
  const sign = async (attachmentId: string, expires: string): Promise<string> => {
    // The label keeps these signatures apart from anything else the same key might sign one day.
    const message = new TextEncoder().encode(`parley attachment link\n${attachmentId}\n${expires}`);
    return encodeBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', await signingKey(), message)));
  };
  return {
    async url(attachmentId) {
      const seconds = (now() + ttlMs) / 1000;
      const expires = String(Math.ceil(seconds / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS);
      const signature = await sign(attachmentId, expires);
      return `/v1/attachments/${encodeURIComponent(attachmentId)}/content?expires=${expires}&signature=${signature}`;
    },
    async check(attachmentId, expires, signature) {
      if (expires === undefined || signature === undefined || !/^[0-9]{1,12}$/.test(expires))
        return 'invalid';
      if (!timingSafeEqual(await sign(attachmentId, expires), signature)) return 'invalid';
      return now() < Number(expires) * 1000 ? 'valid' : 'expired';
    },
  };
}
